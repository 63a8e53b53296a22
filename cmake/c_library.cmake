# libeligo.so: the C API of api/eligo.h and nothing else exported (api/eligo.map), and
# what `cmake --install` puts in place: the header, the library, a CMake package
# (find_package(eligo) -> eligo::eligo), a pkg-config file (eligo.pc) and the command.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

add_library(eligo_shared SHARED api/eligo_c.cpp)
target_link_libraries(eligo_shared PRIVATE eligo_api)
target_include_directories(eligo_shared PUBLIC
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/api> $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_link_options(eligo_shared PRIVATE -Wl,--version-script=${PROJECT_SOURCE_DIR}/api/eligo.map)
if(NOT ELIGO_FUZZ)  # libFuzzer's coverage hooks are only in the fuzz executables
  target_link_options(eligo_shared PRIVATE -Wl,--no-undefined)
endif()
set_target_properties(eligo_shared PROPERTIES
  OUTPUT_NAME eligo VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR}
  C_VISIBILITY_PRESET hidden CXX_VISIBILITY_PRESET hidden
  LINK_DEPENDS ${PROJECT_SOURCE_DIR}/api/eligo.map
  PUBLIC_HEADER api/eligo.h EXPORT_NAME eligo)
add_library(eligo::eligo ALIAS eligo_shared)

install(TARGETS eligo_shared EXPORT eligoTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  PUBLIC_HEADER DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS eligo RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(EXPORT eligoTargets NAMESPACE eligo:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/eligo)
configure_package_config_file(cmake/eligoConfig.cmake.in
  ${PROJECT_BINARY_DIR}/eligoConfig.cmake INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/eligo)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/eligoConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/eligoConfig.cmake ${PROJECT_BINARY_DIR}/eligoConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/eligo)
file(RELATIVE_PATH ELIGO_PC_TO_PREFIX /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(cmake/eligo.pc.in ${PROJECT_BINARY_DIR}/eligo.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/eligo.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

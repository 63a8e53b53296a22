// The HTTP server's settings for many concurrent EHR connections. httplib's own defaults
// (compiled into Debian's libcpp-httplib 0.11.4) suit a light load: a listen backlog of 5,
// so a burst of connections overflows it (SYNs dropped, connections reset: wrk's read
// errors at 32 connections); 8 request threads, each held by one kept-alive connection,
// so a 9th connection waits until one of them is idle for 5 s; and a connection closed
// after 5 requests, so an EHR pays a new TLS handshake every 5 hooks. Its socket options
// also set SO_REUSEPORT, with which a second server on the same port shares it and takes
// some of its connections in silence: here a port in use is refused.
#pragma once

#include <memory>

namespace httplib {
class Server;
}

namespace eligo::cds {

inline constexpr int kRequestThreads = 64;      // threads kept ready (connection_pool.hpp)
inline constexpr int kMostConnections = 512;    // connections served at once, at most
inline constexpr int kIdleThreadSeconds = 30;   // an extra thread idle this long ends
inline constexpr int kKeepAliveRequests = 100;  // requests on a connection before it closes
inline constexpr int kListenBacklog = 1024;     // connections waiting to be accepted (capped
                                                // by the kernel's net.core.somaxconn)

class ServerTuning {
 public:
  // Sets `server`'s threads and keep-alive; call before binding.
  explicit ServerTuning(httplib::Server& server);
  // Raises the listen backlog of the socket `server` has bound; call after binding.
  void after_bind() const;

 private:
  std::shared_ptr<int> socket_;  // the listening socket, once bound
};

}  // namespace eligo::cds

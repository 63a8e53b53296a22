// The HTTP server's settings for load; see server_tuning.hpp.
#include "cds/server_tuning.hpp"

#include <httplib.h>
#include <sys/socket.h>

#include <chrono>

#include "cds/connection_pool.hpp"

namespace eligo::cds {

ServerTuning::ServerTuning(httplib::Server& server) : socket_(std::make_shared<int>(-1)) {
  server.new_task_queue = [] {
    return new ConnectionPool(kRequestThreads, kMostConnections,
                              std::chrono::seconds(kIdleThreadSeconds));
  };
  server.set_keep_alive_max_count(kKeepAliveRequests);
  // httplib listens with its compiled-in backlog right after these options; the socket
  // is kept so that after_bind() can listen again with a larger one.
  server.set_socket_options([socket = socket_](int sock) {
    // SO_REUSEADDR: a restart binds at once over the last run's closing connections.
    // Not SO_REUSEPORT (httplib's default): a second eligo serve must fail to bind.
    const int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    *socket = sock;
  });
}

void ServerTuning::after_bind() const {
  // listen(2) on a listening socket only sets its backlog.
  if (*socket_ >= 0) ::listen(*socket_, kListenBacklog);
}

}  // namespace eligo::cds

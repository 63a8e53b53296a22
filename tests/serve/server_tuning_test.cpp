// The service under many connections (cds/server_tuning.hpp): a connection is kept for
// many requests; connections kept alive by idle clients, or held by clients that send
// their request a byte at a time, do not stop others being served; a port in use is
// refused. Over raw sockets, so that what the server does with a connection is seen.
#include "cds/server_tuning.hpp"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "serve_support.hpp"

using namespace eligo::test;

namespace {

// A kept-alive HTTP/1.1 connection to 127.0.0.1:`port`.
class Connection {
 public:
  explicit Connection(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{10, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  }
  ~Connection() { ::close(fd_); }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Sends `text` as it is; false when the connection is gone.
  bool send(const std::string& text) {
    return connected_ &&
           ::send(fd_, text.data(), text.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(text.size());
  }

  // GET /cds-services on this connection: the answer's status line and headers, or ""
  // when the server has closed the connection.
  std::string get() {
    const std::string request = "GET /cds-services HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    if (!connected_ || ::send(fd_, request.data(), request.size(), MSG_NOSIGNAL) < 0) return "";
    std::string head;
    while (head.find("\r\n\r\n") == std::string::npos) {
      if (!read_some(head)) return "";
    }
    const std::size_t end = head.find("\r\n\r\n") + 4;
    std::string body = head.substr(end);
    head.resize(end);
    const std::size_t length_at = head.find("Content-Length: ");
    if (length_at == std::string::npos) return "";
    const std::size_t length = std::stoul(head.substr(length_at + 16));
    while (body.size() < length) {
      if (!read_some(body)) return "";
    }
    return head;
  }

 private:
  bool read_some(std::string& into) {
    char buffer[4096];
    const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
    if (n <= 0) return false;
    into.append(buffer, static_cast<std::size_t>(n));
    return true;
  }
  int fd_;
  bool connected_ = false;
};

bool ok(const std::string& head) { return head.rfind("HTTP/1.1 200", 0) == 0; }

}  // namespace

TEST_CASE("A kept-alive connection serves many requests, not 5 (a TLS handshake each)") {
  RunningService service;
  Connection connection(service.port());
  for (int i = 1; i < 20; ++i) {
    INFO("request " << i);
    const std::string head = connection.get();
    REQUIRE(ok(head));
    CHECK(head.find("Connection: close") == std::string::npos);
  }
  static_assert(eligo::cds::kKeepAliveRequests >= 20);
}

TEST_CASE("Clients idle on kept-alive connections do not hold the others up") {
  RunningService service;
  // httplib's 8 threads would each be held by one of these until it idled 5 s.
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::unique_ptr<Connection>> idle;
  for (int i = 0; i < 24; ++i) {
    idle.push_back(std::make_unique<Connection>(service.port()));
    REQUIRE(ok(idle.back()->get()));
  }
  auto res = service.client().Get("/cds-services");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(3));
}

TEST_CASE("Clients that send their request a byte at a time do not hold the others up") {
  RunningService service;
  // More slow clients than threads kept ready: a fixed pool would serve the request below
  // only once they finished (or never, while they keep sending).
  constexpr int kSlow = eligo::cds::kRequestThreads + 36;
  std::vector<std::unique_ptr<Connection>> slow;
  for (int i = 0; i < kSlow; ++i) {
    slow.push_back(std::make_unique<Connection>(service.port()));
    REQUIRE(slow.back()->send("GET /cds-services HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
  }
  std::atomic<bool> answered{false}, gave_up{false};
  std::thread trickle([&] {
    // A header byte from each every 100 ms (httplib's read timeout is 5 s), for up to 20 s.
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!answered) {
      if (std::chrono::steady_clock::now() > until) {
        gave_up = true;
        break;
      }
      for (auto& c : slow) c->send("X");
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  auto res = service.client().Get("/cds-services");
  answered = true;
  trickle.join();
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK_FALSE(gave_up);  // answered while the slow clients were all still sending
}

TEST_CASE("A second service on a port in use fails to bind, rather than share the port") {
  RunningService first;
  eligo::cds::ServiceOptions options = test_options();
  options.port = first.port();
  eligo::cds::Service second(first.engine(), options);
  CHECK(second.bind() == -1);
  // The first still answers.
  auto res = first.client().Get("/cds-services");
  REQUIRE(res);
  CHECK(res->status == 200);
}

// A TCP listener on 127.0.0.1 that accepts connections and never completes a TLS
// handshake: it sends the header of a 16 KB handshake record, then one byte of it every
// 100 ms, so a client's every read succeeds just before it would time out. It stops by
// itself after `for_at_most` (then closes), or when destroyed.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace eligo::test {

class TrickleServer {
 public:
  explicit TrickleServer(std::chrono::milliseconds for_at_most) {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&address), size) != 0 ||
        ::listen(listener_, 16) != 0 ||
        ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
      throw std::runtime_error("cannot listen");
    }
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this, for_at_most] { serve(for_at_most); });
  }
  ~TrickleServer() {
    done_ = true;
    thread_.join();
    ::close(listener_);
  }
  TrickleServer(const TrickleServer&) = delete;
  TrickleServer& operator=(const TrickleServer&) = delete;

  std::string base() const { return "https://127.0.0.1:" + std::to_string(port_) + "/fhir"; }
  int accepted() const { return accepted_; }

 private:
  void serve(std::chrono::milliseconds for_at_most) {
    const auto end = std::chrono::steady_clock::now() + for_at_most;
    std::vector<int> clients;
    // A TLS handshake record (22), version 3.3, 16384 bytes long: the client waits for them.
    const unsigned char header[] = {0x16, 0x03, 0x03, 0x40, 0x00};
    while (!done_ && std::chrono::steady_clock::now() < end) {
      pollfd wait{listener_, POLLIN, 0};
      if (::poll(&wait, 1, 100) > 0) {
        const int client = ::accept(listener_, nullptr, nullptr);
        if (client >= 0) {
          ++accepted_;
          clients.push_back(client);
          ::send(client, header, sizeof header, MSG_NOSIGNAL);
        }
      }
      for (const int client : clients) ::send(client, "\x01", 1, MSG_NOSIGNAL);
    }
    for (const int client : clients) ::close(client);
  }

  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> done_{false};
  std::atomic<int> accepted_{0};
  std::thread thread_;
};

}  // namespace eligo::test

// A small FHIR server for the fetch tests: httplib::Server on 127.0.0.1, on a free port, on
// a thread of this process. Each GET target under /fhir/ (path and query as the client
// sent them) has a scripted reply: a status and a body, sent at once, after a delay, cut
// off in the middle of the body, or held after its first half until the server stops. An
// unscripted target is 404. It records each request's target and Authorization header.
#pragma once

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace eligo::test {

class FhirTestServer {
 public:
  enum class Mode { now, slow, cut, held };
  struct Reply {
    int status = 200;
    std::string body;
    Mode mode = Mode::now;
    std::chrono::milliseconds delay{0};  // Mode::slow: the wait before answering
  };
  struct Received {
    std::string target;
    std::string authorization;
  };

  FhirTestServer() {
    server_.Get(R"(/fhir/.*)",
                [this](const httplib::Request& req, httplib::Response& res) { answer(req, res); });
    server_.set_tcp_nodelay(true);
    port_ = server_.bind_to_any_port("127.0.0.1");
    if (port_ <= 0) throw std::runtime_error("cannot bind a port");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~FhirTestServer() { stop(); }
  FhirTestServer(const FhirTestServer&) = delete;
  FhirTestServer& operator=(const FhirTestServer&) = delete;

  std::string origin() const { return "http://127.0.0.1:" + std::to_string(port_); }
  std::string base() const { return origin() + "/fhir"; }

  // `target`: after "/fhir/", e.g. "Condition?subject=p1".
  void on(const std::string& target, Reply reply) {
    const std::lock_guard lock(mutex_);
    replies_["/fhir/" + target] = std::move(reply);
  }
  std::vector<Received> received() const {
    const std::lock_guard lock(mutex_);
    return received_;
  }
  // Blocks until a held reply has sent its first half.
  void wait_until_held() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return held_; });
  }
  // Stops now: a slow or held reply ends at once, a held one without finishing its body.
  void stop() {
    {
      const std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }

 private:
  void answer(const httplib::Request& req, httplib::Response& res) {
    Reply reply{404, R"({"resourceType":"OperationOutcome","issue":[{"code":"not-found"}]})"};
    {
      std::unique_lock lock(mutex_);
      received_.push_back({req.target, req.get_header_value("Authorization")});
      if (const auto it = replies_.find(req.target); it != replies_.end()) reply = it->second;
      if (reply.mode == Mode::slow) {
        changed_.wait_for(lock, reply.delay, [this] { return stopping_; });
      }
    }
    res.status = reply.status;
    if (reply.mode == Mode::now || reply.mode == Mode::slow) {
      res.set_content(reply.body, "application/fhir+json");
      return;
    }
    // Half the body, then the connection closes (cut), or waits for stop() first (held).
    res.set_chunked_content_provider("application/fhir+json",
                                     [this, reply](std::size_t, httplib::DataSink& sink) {
                                       sink.write(reply.body.data(), reply.body.size() / 2);
                                       if (reply.mode == Mode::held) {
                                         std::unique_lock lock(mutex_);
                                         held_ = true;
                                         changed_.notify_all();
                                         changed_.wait(lock, [this] { return stopping_; });
                                       }
                                       return false;
                                     });
  }

  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::map<std::string, Reply> replies_;
  std::vector<Received> received_;
  bool held_ = false;
  bool stopping_ = false;
};

}  // namespace eligo::test

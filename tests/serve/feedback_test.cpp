// Card uuids and links over real HTTP, and the feedback endpoint: accepted, counted,
// logged as JSON Lines without patient data, malformed bodies refused with an
// OperationOutcome, concurrent appends whole.
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>

#include "cds/uuid.hpp"
#include "serve_support.hpp"

using nlohmann::json;
using namespace eligo::test;

namespace {

// A JSON Lines file under the temporary directory, removed at the end.
struct TempLog {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("eligo-feedback-" + std::to_string(::getpid()) + ".jsonl");
  TempLog() { std::filesystem::remove(path); }
  ~TempLog() { std::filesystem::remove(path); }
  std::vector<json> records() const {
    std::vector<json> out;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) out.push_back(json::parse(line));
    return out;
  }
  std::string text() const { return read_file(path.string()); }
};

// The P03 cards, over HTTP.
json p03_cards(const RunningService& service) {
  const auto res = service.client().Post(kHookPath, p03_hook_request().dump(), "application/json");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  return json::parse(res->body)["cards"];
}

json overridden(const std::string& card) {
  return {{"card", card},
          {"outcome", "overridden"},
          {"overrideReason",
           {{"reason",
             {{"code", "not-interested"},
              {"system", "https://example.org/override-reasons"},
              {"display", "Patient not interested"}}},
            {"userComment", "Jane Roe (MRN 4471) declined, see note"}}},
          {"outcomeTimestamp", "2026-11-20T10:15:00Z"}};
}

}  // namespace

TEST_CASE("Every card has its own random uuid and a link to the trial's registry page") {
  RunningService service;
  std::set<std::string> uuids;
  std::size_t count = 0;
  for (int round = 0; round < 2; ++round) {
    for (const json& card : p03_cards(service)) {
      ++count;
      const std::string uuid = card.at("uuid");
      CHECK(eligo::cds::is_uuid(uuid));
      uuids.insert(uuid);
      const std::string label = card["source"]["label"];
      const std::string trial = label.substr(label.rfind(' ') + 1);
      REQUIRE(card["links"].size() == 1);
      const json& link = card["links"][0];
      CHECK(link["url"] == "https://clinicaltrials.gov/study/" + trial);
      CHECK(link["type"] == "absolute");
      CHECK(link["label"].get<std::string>().find(trial) != std::string::npos);
    }
  }
  CHECK(count == 4);  // two cards, twice
  CHECK(uuids.size() == count);
}

TEST_CASE("Feedback is accepted, counted and logged without patient data") {
  TempLog log;
  RunningService service(8 * 1024 * 1024, log.path.string());
  const json cards = p03_cards(service);
  REQUIRE(cards.size() == 2);
  const json body = {{"feedback",
                      {overridden(cards[0]["uuid"]),
                       {{"card", cards[1]["uuid"]},
                        {"outcome", "accepted"},
                        {"acceptedSuggestions", {{{"id", "e56e1945-20b3-4393-8503-a1a20fd73152"}}}},
                        {"outcomeTimestamp", "2026-11-20T10:16:00.250+01:00"}}}}};
  const auto res = service.client().Post(kFeedbackPath, body.dump(), "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(service.service().feedback_received() == 2);

  const std::vector<json> records = log.records();
  REQUIRE(records.size() == 2);
  CHECK(records[0]["card"] == cards[0]["uuid"]);
  CHECK(records[0]["service"] == "eligo-trial-screening");
  CHECK(records[0]["outcome"] == "overridden");
  CHECK(records[0]["reason"] ==
        json{{"system", "https://example.org/override-reasons"}, {"code", "not-interested"}});
  CHECK(records[0]["userComment"] == true);  // that there was one, not what it said
  CHECK(records[0]["outcomeTimestamp"] == "2026-11-20T10:15:00Z");
  CHECK(records[0]["received"].get<std::string>().size() == 20);  // 2026-12-07T18:02:11Z
  CHECK(records[1]["outcome"] == "accepted");
  CHECK(records[1]["acceptedSuggestions"] == 1);
  CHECK(records[1]["userComment"] == false);
  CHECK_FALSE(records[1].contains("reason"));
  // Nothing of the patient, nor the free-text comment, reaches the file.
  const std::string text = log.text();
  const std::string patient_id = p03_hook_request()["context"]["patientId"];
  for (const std::string& secret : {patient_id, std::string("Jane"), std::string("4471"),
                                    std::string("Patient not interested")}) {
    CHECK(text.find(secret) == std::string::npos);
  }
}

TEST_CASE("Without a feedback log, feedback is accepted and counted only") {
  RunningService service;
  const json cards = p03_cards(service);
  const json body = {{"feedback", {overridden(cards[0]["uuid"])}}};
  const auto res = service.client().Post(kFeedbackPath, body.dump(), "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(service.service().feedback_received() == 1);
}

TEST_CASE("Malformed feedback is 400 with an OperationOutcome, and nothing is logged") {
  TempLog log;
  RunningService service(8 * 1024 * 1024, log.path.string());
  auto client = service.client();
  const std::string card = "4e0a3a1e-3283-4575-ab82-028d55fe2719";
  const auto expect_400 = [&](const std::string& body, const std::string& words) {
    INFO(body);
    const auto res = client.Post(kFeedbackPath, body, "application/json");
    REQUIRE(res);
    CHECK(res->status == 400);
    CHECK(res->get_header_value("Content-Type") == "application/json");
    CHECK_THAT(outcome_diagnostics(res->body, "invalid"), Catch::Contains(words));
  };
  const auto with = [&](const std::function<void(json&)>& change) {
    json entry = overridden(card);
    change(entry);
    return json{{"feedback", {entry}}}.dump();
  };
  expect_400("{\"feedback\": ", "not valid JSON");
  expect_400("[]", "not a JSON object");
  expect_400("{}", "\"feedback\" is not a non-empty array");
  expect_400("{\"feedback\": []}", "\"feedback\" is not a non-empty array");
  expect_400("{\"feedback\": [5]}", "feedback[0] is not an object");
  expect_400(with([](json& e) { e.erase("card"); }), "feedback[0].card is not the uuid");
  expect_400(with([](json& e) { e["card"] = "Jane Roe"; }), "feedback[0].card is not the uuid");
  expect_400(with([](json& e) { e["outcome"] = "ignored"; }), "feedback[0].outcome");
  expect_400(with([](json& e) { e.erase("outcomeTimestamp"); }), "outcomeTimestamp");
  expect_400(with([](json& e) { e["outcomeTimestamp"] = "yesterday"; }), "outcomeTimestamp");
  expect_400(with([](json& e) { e["outcome"] = "accepted"; }), "without acceptedSuggestions");
  expect_400(with([](json& e) {
               e["acceptedSuggestions"] = json::array({{{"id", 5}}});
             }),
             "acceptedSuggestions has an entry without a string id");
  expect_400(with([](json& e) { e["overrideReason"] = json::object(); }),
             "neither reason nor userComment");
  expect_400(with([](json& e) { e["overrideReason"]["reason"].erase("system"); }),
             "overrideReason.reason is not a Coding");
  expect_400(with([](json& e) { e["overrideReason"]["userComment"] = 3; }), "userComment");
  // The second entry is at fault: the first is not logged either.
  json two = {{"feedback", {overridden(card), overridden("x")}}};
  expect_400(two.dump(), "feedback[1].card");
  // Messages never quote the values sent.
  const auto res =
      client.Post(kFeedbackPath, with([](json& e) { e["card"] = "Jane Roe"; }), "application/json");
  REQUIRE(res);
  CHECK(res->body.find("Jane") == std::string::npos);
  CHECK(service.service().feedback_received() == 0);
  CHECK(log.records().empty());
}

TEST_CASE("Feedback for an unknown service is 404 with an OperationOutcome") {
  RunningService service;
  const json body = {{"feedback", {overridden("4e0a3a1e-3283-4575-ab82-028d55fe2719")}}};
  const auto res = service.client().Post("/cds-services/no-such-service/feedback", body.dump(),
                                         "application/json");
  REQUIRE(res);
  CHECK(res->status == 404);
  CHECK_THAT(outcome_diagnostics(res->body, "not-found"), Catch::Contains("no CDS service"));
  CHECK(service.service().feedback_received() == 0);
}

TEST_CASE("Concurrent feedback requests append whole lines") {
  TempLog log;
  RunningService service(8 * 1024 * 1024, log.path.string());
  constexpr int kClients = 8, kRequests = 20, kEntries = 3;
  std::vector<std::thread> clients;
  std::atomic<int> ok{0};
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&] {
      auto client = service.client();
      for (int r = 0; r < kRequests; ++r) {
        json body = {{"feedback", json::array()}};
        for (int e = 0; e < kEntries; ++e) {
          body["feedback"].push_back(overridden(eligo::cds::random_uuid()));
        }
        const auto res = client.Post(kFeedbackPath, body.dump(), "application/json");
        if (res && res->status == 200) ++ok;
      }
    });
  }
  for (auto& t : clients) t.join();
  CHECK(ok == kClients * kRequests);
  const std::vector<json> records = log.records();  // each line parses whole
  CHECK(records.size() == kClients * kRequests * kEntries);
  std::set<std::string> cards;
  for (const json& r : records) cards.insert(r["card"].get<std::string>());
  CHECK(cards.size() == records.size());
}

// Reading the trust file; see trust_config.hpp.
#include "cds/trust_config.hpp"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace eligo::cds {
namespace {

using nlohmann::json;

// The jku URLs of an issuer: a string or an array of strings, each https.
std::vector<std::string> jku_urls(const json& jku, const std::string& where,
                                  const std::string& path) {
  const json list = jku.is_array() ? jku : json::array({jku});
  std::vector<std::string> out;
  for (const json& url : list) {
    if (!url.is_string() || !url.get<std::string>().starts_with("https://")) {
      throw TrustConfigError(path + ": " + where +
                             ".jku: each URL must be a string starting "
                             "with https:// (a JWK Set is fetched over TLS only)");
    }
    out.push_back(url.get<std::string>());
  }
  return out;
}

TrustedIssuer read_issuer(const json& entry, const std::string& where, const std::string& path) {
  const auto fail = [&](const std::string& problem) {
    throw TrustConfigError(path + ": " + where + problem);
  };
  if (!entry.is_object()) fail(" is not a JSON object");
  TrustedIssuer issuer;
  const auto iss = entry.find("iss");
  if (iss == entry.end() || !iss->is_string() || iss->get<std::string>().empty()) {
    fail(".iss is missing: the issuer's URI, as in its tokens' iss claim");
  }
  issuer.iss = iss->get<std::string>();
  if (const auto jwks = entry.find("jwks"); jwks != entry.end()) {
    auto keys = read_jwks(jwks->dump(), /*strict=*/true);
    if (auto* problem = std::get_if<std::string>(&keys)) fail(".jwks: " + *problem);
    issuer.keys = std::move(std::get<std::vector<SigningKey>>(keys));
  }
  if (const auto jku = entry.find("jku"); jku != entry.end()) {
    issuer.jku = jku_urls(*jku, where, path);
  }
  if (issuer.keys.empty() && issuer.jku.empty()) {
    fail(" has neither jwks (its public keys) nor jku (the URLs of its JWK Set)");
  }
  return issuer;
}

}  // namespace

TrustConfig parse_trust_config(std::string_view text, const std::string& path) {
  const json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    throw TrustConfigError(path + ": not a JSON object (see docs/cds-hooks.md, \"Deployment\")");
  }
  const auto issuers = doc.find("issuers");
  if (issuers == doc.end() || !issuers->is_array() || issuers->empty()) {
    throw TrustConfigError(path + ": \"issuers\" is missing or empty: no CDS Client is trusted");
  }
  TrustConfig config;
  for (std::size_t i = 0; i < issuers->size(); ++i) {
    const std::string where = "issuers[" + std::to_string(i) + "]";
    TrustedIssuer issuer = read_issuer((*issuers)[i], where, path);
    for (const TrustedIssuer& earlier : config.issuers) {
      if (earlier.iss == issuer.iss) {
        throw TrustConfigError(path + ": " + where + ".iss repeats an earlier issuer");
      }
    }
    config.issuers.push_back(std::move(issuer));
  }
  if (const auto ca = doc.find("jku_ca_file"); ca != doc.end()) {
    if (!ca->is_string() || ca->get<std::string>().empty()) {
      throw TrustConfigError(path + ": jku_ca_file must be the path of a PEM file");
    }
    const std::filesystem::path file = ca->get<std::string>();
    config.jku_ca_file = file.is_absolute()
                             ? file.string()
                             : (std::filesystem::path(path).parent_path() / file).string();
    if (!std::ifstream(config.jku_ca_file)) {
      throw TrustConfigError(path + ": jku_ca_file " + config.jku_ca_file + " cannot be read");
    }
  }
  return config;
}

TrustConfig read_trust_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw TrustConfigError(path + ": cannot be read");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_trust_config(text.str(), path);
}

}  // namespace eligo::cds

// The EHR's side of the authenticated CDS Hooks benchmark (bench/serve_secure.sh): an RSA
// key pair and the trust file naming its public key, then as many RS384 JWTs as the run
// needs, each with its own jti (the service takes a token once), signed up front so that
// signing costs the load generator nothing.
//   eligo_bench_tokens key DIR                     writes DIR/trust.json and DIR/key.jwk
//   eligo_bench_tokens sign DIR AUD COUNT SECONDS  prints COUNT tokens for AUD, one a line,
//                                                  expiring SECONDS from now (at most 3600)
#include <rhonabwy.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>

namespace {

const char* const kIssuer = "https://ehr.bench.example";
const char* const kKid = "bench-rsa";

int fail(const std::string& why) {
  std::cerr << "eligo_bench_tokens: " << why << '\n';
  return 1;
}

std::string take(char* text) {
  std::string out = text ? text : "";
  r_free(text);
  return out;
}

int make_key(const std::string& dir) {
  jwk_t* priv = nullptr;
  jwk_t* pub = nullptr;
  r_jwk_init(&priv);
  r_jwk_init(&pub);
  const bool made = r_jwk_generate_key_pair(priv, pub, R_KEY_TYPE_RSA, 2048, kKid) == RHN_OK;
  const std::string priv_text = take(r_jwk_export_to_json_str(priv, 0));
  const std::string pub_text = take(r_jwk_export_to_json_str(pub, 0));
  r_jwk_free(priv);
  r_jwk_free(pub);
  if (!made) return fail("librhonabwy cannot make an RSA key pair");
  nlohmann::json pub_jwk = nlohmann::json::parse(pub_text);
  pub_jwk["alg"] = "RS384";
  pub_jwk["use"] = "sig";
  const nlohmann::json trust = {{"issuers", {{{"iss", kIssuer}, {"jwks", {{"keys", {pub_jwk}}}}}}}};
  std::ofstream(dir + "/trust.json") << trust.dump(2) << '\n';
  std::ofstream(dir + "/key.jwk") << priv_text << '\n';
  return 0;
}

int sign(const std::string& dir, const std::string& aud, long count, long seconds) {
  std::stringstream key_text;
  key_text << std::ifstream(dir + "/key.jwk").rdbuf();
  jwk_t* jwk = nullptr;
  r_jwk_init(&jwk);
  if (r_jwk_import_from_json_str(jwk, key_text.str().c_str()) != RHN_OK) {
    r_jwk_free(jwk);
    return fail("cannot read " + dir + "/key.jwk");
  }
  const long now = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  // Runs signing at the same time, or in the same second, must not share a jti.
  const std::string run = std::to_string(std::random_device{}());
  int status = 0;
  for (long i = 0; i < count && status == 0; ++i) {
    const std::string claims = nlohmann::json{{"iss", kIssuer},
                                              {"aud", aud},
                                              {"iat", now},
                                              {"exp", now + seconds},
                                              {"jti", run + "-" + std::to_string(i)}}
                                   .dump();
    jws_t* jws = nullptr;
    r_jws_init(&jws);
    r_jws_set_alg(jws, R_JWA_ALG_RS384);
    r_jws_set_header_str_value(jws, "typ", "JWT");
    r_jws_set_header_str_value(jws, "kid", kKid);
    r_jws_set_payload(jws, reinterpret_cast<const unsigned char*>(claims.data()), claims.size());
    const std::string token = take(r_jws_serialize(jws, jwk, 0));
    r_jws_free(jws);
    if (token.empty()) status = fail("librhonabwy cannot sign a token");
    std::fwrite(token.data(), 1, token.size(), stdout);
    std::fputc('\n', stdout);
  }
  r_jwk_free(jwk);
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  r_global_init();
  const std::string command = argc > 1 ? argv[1] : "";
  int status = 2;
  if (command == "key" && argc == 3) {
    status = make_key(argv[2]);
  } else if (command == "sign" && argc == 6) {
    status = sign(argv[2], argv[3], std::stol(argv[4]), std::stol(argv[5]));
  } else {
    std::cerr << "usage: eligo_bench_tokens key DIR | sign DIR AUD COUNT SECONDS\n";
  }
  r_global_close();
  return status;
}

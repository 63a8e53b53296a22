// The subqueries of the history leaves; see sql_history.hpp.
#include "omop/sql_history.hpp"

#include "omop/cdm_writer.hpp"

namespace eligo::omop {
namespace {

// The first unusable value in the record's order (engine: the loops over the values).
constexpr const char* kProblemOrder =
    "ROW_NUMBER() OVER (PARTITION BY person_id ORDER BY CASE WHEN pk > 0 THEN 0 ELSE 1 END, "
    "day, seq) AS pr";

std::string on_person(const std::string& alias) {
  return " " + alias + " ON " + alias + ".person_id = p.person_id";
}

}  // namespace

std::string HistoryQueries::rows(const HistoryWindow& window, bool nonpositive_checked) const {
  std::string out =
      "SELECT e.person_id, e.day, e.seq, e.canonical, e.across, CASE WHEN e.canonical IS NULL "
      "THEN 3 WHEN e.plausible = FALSE THEN 2";
  if (nonpositive_checked) out += " WHEN e.canonical <= 0 THEN 2";
  out += " ELSE 0 END AS kind FROM eligo_measure e";
  if (window.before_latest) {
    out += " JOIN eligo_latest l ON l.person_id = e.person_id AND l.item = e.item";
  }
  // Dated values only: an undated value of an item with no window is exported on
  // kUndatedHistory (cdm_writer.hpp).
  out += " WHERE e.item = " + sql_.text(window.entry->id) + " AND e.day <> " +
         sql_.date(kUndatedHistory);
  if (window.first) out += " AND e.day >= " + sql_.date(*window.first);
  if (window.before_latest) out += " AND e.day < l.day";
  if (window.before) out += " AND e.day < " + sql_.date(*window.before);
  return out;
}

HistorySql HistoryQueries::add(const std::string& name, const std::string& ranked,
                               const std::vector<SqlColumn>& extra) {
  std::vector<SqlColumn> aggregates{
      {"n", "COUNT(*)"},
      {"problem", "MAX(CASE WHEN pr = 1 AND pk > 0 THEN pk END)"},
      {"problem_day", "MAX(CASE WHEN pr = 1 AND pk > 0 THEN day END)"}};
  aggregates.insert(aggregates.end(), extra.begin(), extra.end());
  std::vector<std::string> selected{"person_id"};
  std::vector<SqlColumn> columns;
  for (const SqlColumn& a : aggregates) {
    selected.push_back(a.expr + " AS " + a.name);
    columns.push_back(SqlColumn{name + "_" + a.name, name + "." + a.name});
  }
  values_.add_join("LEFT JOIN (SELECT " + join(selected, ", ") + " FROM (" + ranked +
                       ") ranked GROUP BY person_id)" + on_person(name),
                   columns);
  HistorySql out;
  out.values = name + "_n";
  out.problem = name + "_problem";
  out.problem_day = name + "_problem_day";
  return out;
}

HistorySql HistoryQueries::earlier(const std::string& name, const HistoryWindow& window,
                                   ChangeFrom from) {
  std::string ranked;
  std::vector<SqlColumn> extra;
  if (from == ChangeFrom::nadir) {
    // Every value usable; the lowest, the first of equals.
    ranked = "SELECT z.*, " + std::string(kProblemOrder) +
             ", ROW_NUMBER() OVER (PARTITION BY person_id ORDER BY canonical, day, seq) AS lr "
             "FROM (SELECT r.*, kind AS pk FROM (" +
             rows(window, false) + ") r) z";
    extra = {{"value", "MAX(CASE WHEN lr = 1 THEN canonical END)"},
             {"day", "MAX(CASE WHEN lr = 1 THEN day END)"},
             {"across", "MAX(CASE WHEN lr = 1 AND across THEN 1 ELSE 0 END)"}};
  } else {
    // The first value of the first date (baseline) or the last of the last (before);
    // every value of that date usable and equal to it, checked in the record's order.
    const std::string order = from == ChangeFrom::baseline ? "day, seq" : "day DESC, seq DESC";
    const std::string w = " OVER (PARTITION BY person_id ORDER BY " + order + ")";
    const std::string chosen = "SELECT r.*, FIRST_VALUE(day)" + w + " AS c_day, FIRST_VALUE(" +
                               "canonical)" + w + " AS c_val, FIRST_VALUE(across)" + w +
                               " AS c_across FROM (" + rows(window, false) + ") r";
    const std::string checked =
        "SELECT y.*, CASE WHEN day <> c_day THEN 0 WHEN kind > 0 THEN kind WHEN c_val IS NULL OR "
        "NOT " +
        compare("canonical", Op::eq, "c_val", "(across OR c_across)") +
        " THEN 1 ELSE 0 END AS pk " + "FROM (" + chosen + ") y";
    ranked = "SELECT z.*, " + std::string(kProblemOrder) + " FROM (" + checked + ") z";
    extra = {{"value", "MAX(c_val)"},
             {"day", "MAX(c_day)"},
             {"across", "MAX(CASE WHEN c_across THEN 1 ELSE 0 END)"}};
  }
  HistorySql out = add(name, ranked, extra);
  out.value = name + "_value";
  out.day = name + "_day";
  out.across = name + "_across";
  return out;
}

HistorySql HistoryQueries::fit(const std::string& name, const HistoryWindow& window) {
  // x as the engine's: days since the window's first value.
  const std::string ranked =
      "SELECT z.*, " + std::string(kProblemOrder) +
      ", CAST(day - MIN(day) OVER (PARTITION BY person_id) AS DOUBLE PRECISION) AS x FROM "
      "(SELECT r.*, kind AS pk FROM (" +
      rows(window, true) + ") r) z";
  HistorySql out = add(name, ranked,
                       {{"days", "COUNT(DISTINCT day)"},
                        {"slope", "REGR_SLOPE(LN(CASE WHEN pk = 0 THEN canonical END), x)"}});
  out.days = name + "_days";
  out.slope = name + "_slope";
  return out;
}

HistorySql HistoryQueries::count(const std::string& name, const HistoryWindow& window,
                                 const std::string& meets, const std::optional<Duration>& apart) {
  const std::string flagged = "SELECT r.*, kind AS pk, CASE WHEN kind = 0 AND COALESCE(" + meets +
                              ", FALSE) THEN 1 ELSE 0 END AS meets FROM (" + rows(window, false) +
                              ") r";
  const std::string ranked =
      "SELECT z.*, " + std::string(kProblemOrder) + " FROM (" + flagged + ") z";
  const bool spaced = apart && apart->amount > 0;
  std::vector<SqlColumn> extra;
  if (!spaced) {  // every value counts
    extra = {{"sure", "SUM(meets)"},
             {"possible", "SUM(CASE WHEN meets = 1 OR pk > 0 THEN 1 ELSE 0 END)"},
             {"measured", "COUNT(*)"}};
  }
  HistorySql out = add(name, ranked, extra);
  if (!spaced) {
    out.sure = "COALESCE(" + name + "_sure, 0)";
    out.possible = "COALESCE(" + name + "_possible, 0)";
    out.measured = "COALESCE(" + name + "_measured, 0)";
    return out;
  }
  const std::string next = sql_.add("a.day", *apart);
  if (next.empty()) return HistorySql{};
  // The dates of each set (1 sure, 2 possible, 3 measured); each date's next date at least
  // `apart` later; the walk from the earliest along them, one step per value counted.
  const std::string c = name + "c";
  const std::string chain =
      "WITH RECURSIVE v AS (" + flagged +
      "), d AS (SELECT DISTINCT person_id, s, day FROM (SELECT person_id, 1 AS s, day FROM v "
      "WHERE meets = 1 UNION ALL SELECT person_id, 2, day FROM v WHERE meets = 1 OR pk > 0 UNION "
      "ALL SELECT person_id, 3, day FROM v) w), nx AS (SELECT a.person_id, a.s, a.day, "
      "MIN(b.day) AS next_day FROM d a LEFT JOIN d b ON b.person_id = a.person_id AND b.s = a.s "
      "AND b.day >= " +
      next +
      " GROUP BY a.person_id, a.s, a.day), ch AS (SELECT person_id, s, MIN(day) AS day, 1 AS k "
      "FROM d GROUP BY person_id, s UNION ALL SELECT ch.person_id, ch.s, nx.next_day, ch.k + 1 "
      "FROM ch JOIN nx ON nx.person_id = ch.person_id AND nx.s = ch.s AND nx.day = ch.day WHERE "
      "nx.next_day IS NOT NULL) SELECT person_id, MAX(CASE WHEN s = 1 THEN k END) AS sure, "
      "MAX(CASE WHEN s = 2 THEN k END) AS possible, MAX(CASE WHEN s = 3 THEN k END) AS measured "
      "FROM ch GROUP BY person_id";
  std::vector<SqlColumn> columns;
  for (const char* part : {"sure", "possible", "measured"}) {
    columns.push_back(SqlColumn{c + "_" + part, "COALESCE(" + c + "." + part + ", 0)"});
  }
  values_.add_join("LEFT JOIN (" + chain + ")" + on_person(c), columns);
  out.sure = c + "_sure";
  out.possible = c + "_possible";
  out.measured = c + "_measured";
  return out;
}

}  // namespace eligo::omop

#include "arguments.hpp"

#include <CLI/CLI.hpp>

#include <deque>
#include <functional>
#include <memory>

#include "cli.hpp"

namespace cli {
namespace {

constexpr const char* kVersion = EMDB_CLI_VERSION;

constexpr const char* kFooter =
    R"(Durations: a number and a unit, repeated: 500ms, 90s, 15m, 1h30m, 2d, 1w (at most 100 years).
Exit status: 0 success, 1 error, 2 usage, 3 not found, 4 locked, 5 wrong or missing key,
  6 corrupt or not an emdb database (reading commands print what they could read first).
See emdb(1).)";

// What a command takes. Options are "--name" (with a value) or flags.
struct Positional {
  const char* name;
  const char* help;
  bool required = true;
};
struct Option {
  const char* name;
  const char* help;
  bool value = true;
};

const Option kKeyFile{"--key-file", "the 32-byte key of an encrypted database: a file of 32 bytes or 64 hex digits"};
const Option kPassEnv{"--passphrase-env",
                      "read the passphrase of an encrypted database from this environment variable"};
const Option kNewKeyFile{"--new-key-file", "the new key: a file of 32 bytes or 64 hex digits"};
const Option kNewPassEnv{"--new-passphrase-env", "read the new passphrase from this environment variable"};
const Option kReadOnly{"--read-only", "accepted for compatibility: reading commands never write", false};
const Option kJson{"--json", "machine-readable output", false};
const Option kNs{"--ns", "work in this named namespace (default: the default namespace)"};
const Option kKeyHex{"--key-hex", "KEY is given as hex digits (for binary keys, as `keys` prints them)", false};

class Parser {
 public:
  Parser() : app_("emdb: inspect and change emdb 0.9 databases (files shared with Rust programs)", "emdb") {
    // Arguments mean the same everywhere: on Windows too, "/x" is a path, not an option.
    app_.allow_windows_style_options(false);
    app_.require_subcommand(1);
    app_.set_version_flag("--version", std::string("emdb ") + kVersion + " (emdb 0.9 file format)");
    app_.footer(kFooter);
    app_.get_formatter()->column_width(34);

    // Reading
    add("info", "statistics: records, namespaces, sizes, dead bytes, the checkpoint", {{"DATABASE", "the database"}},
        {kJson, kReadOnly, kKeyFile, kPassEnv});
    CLI::App* ns = app_.add_subcommand("ns", "namespaces: ns list DATABASE, ns drop DATABASE NAME");
    ns->require_subcommand(1);
    add("list", "the named namespaces", {{"DATABASE", "the database"}}, {kJson, kReadOnly, kKeyFile, kPassEnv}, ns);
    add("drop", "remove a namespace and its records", {{"DATABASE", "the database"}, {"NAME", "the namespace"}},
        {kKeyFile, kPassEnv}, ns);
    add("keys", "keys in order", {{"DATABASE", "the database"}},
        {kNs,
         {"--prefix", "only keys that start with this"},
         {"--from", "the first key (included)"},
         {"--to", "where to stop (excluded)"},
         {"--pattern", "only keys matching this glob (* ? [...])"},
         {"--limit", "at most this many keys (a whole number)"},
         kJson,
         kReadOnly,
         kKeyFile,
         kPassEnv});
    CLI::App* get = add("get", "a value, raw to standard output", {{"DATABASE", "the database"}, {"KEY", "the key"}},
                        {kNs,
                         {"--hex", "print the value as hex", false},
                         {"--base64", "print the value as Base64", false},
                         kKeyHex,
                         kReadOnly,
                         kKeyFile,
                         kPassEnv});
    exclusive(get, "--hex", "--base64");
    CLI::App* ttl = add("ttl", "the time to live of a record; with --set or --persist, change it",
                        {{"DATABASE", "the database"}, {"KEY", "the key"}},
                        {kNs,
                         {"--set", "expire after this duration from now"},
                         {"--persist", "remove the expiry", false},
                         kKeyHex,
                         kJson,
                         kReadOnly,
                         kKeyFile,
                         kPassEnv});
    exclusive(ttl, "--set", "--persist");
    add("dump", "every record (or one namespace's) as JSON Lines", {{"DATABASE", "the database"}},
        {kNs, kReadOnly, kKeyFile, kPassEnv});
    add("check", "integrity scan: frames, live and dead records, first bad offset, notes",
        {{"DATABASE", "the database"}}, {kJson, kReadOnly, kKeyFile, kPassEnv});
    add("history", "every version of a record still in the journal: written values and removals",
        {{"DATABASE", "the database"}, {"KEY", "the key"}},
        {kNs,
         {"--show", "print the value of this version (its number in the list), raw"},
         {"--hex", "with --show: print the value as hex", false},
         kKeyHex,
         kJson,
         kReadOnly,
         kKeyFile,
         kPassEnv});
    add("diff", "records added, removed and changed from database A to database B (key options apply to both)",
        {{"A", "the first database"}, {"B", "the second database"}}, {kNs, kJson, kReadOnly, kKeyFile, kPassEnv});
    add("lock", "who holds the database's lock", {{"DATABASE", "the database"}}, {kJson});

    // Writing
    CLI::App* put = add("put", "store a value (no VALUE and no --file: standard input)",
                        {{"DATABASE", "the database"}, {"KEY", "the key"}, {"VALUE", "the value", false}},
                        {kNs,
                         {"--file", "the value is this file's bytes"},
                         {"--ttl", "expire after this duration"},
                         kKeyHex,
                         kKeyFile,
                         kPassEnv});
    put->get_option("--file")->excludes(put->get_option("VALUE"));
    add("del", "remove a record", {{"DATABASE", "the database"}, {"KEY", "the key"}},
        {kNs, kKeyHex, kKeyFile, kPassEnv});
    add("sweep", "remove expired records", {{"DATABASE", "the database"}}, {kJson, kKeyFile, kPassEnv});
    add("load", "JSON Lines from FILE or standard input, 1,000 records a crash-atomic batch",
        {{"DATABASE", "the database"}, {"FILE", "the JSON Lines file", false}}, {kKeyFile, kPassEnv});
    add("undelete",
        "list removed records whose last value is still in the journal; with KEY or --all, write them back",
        {{"DATABASE", "the database"}, {"KEY", "the record to restore", false}},
        {kNs, {"--all", "restore every removed record listed", false}, kKeyHex, kJson, kKeyFile, kPassEnv});
    add("compact", "rewrite the journal with the live records only", {{"DATABASE", "the database"}},
        {kKeyFile, kPassEnv});
    add("backup", "copy the live records to TARGET",
        {{"DATABASE", "the database"}, {"TARGET", "the copy's path (not the database or one of its files)"}},
        {{"--force", "replace an existing TARGET", false},
         {"--allow-damaged", "copy what a damaged database still holds", false},
         kReadOnly,
         kKeyFile,
         kPassEnv});
    add("checkpoint", "write the checkpoint that makes the next open fast", {{"DATABASE", "the database"}},
        {kKeyFile, kPassEnv});
    CLI::App* enc =
        add("encrypt", "encrypt a plain database", {{"DATABASE", "the database"}},
            {{"--cipher", "aes (AES-256-GCM, the default) or chacha (ChaCha20-Poly1305)"}, kNewKeyFile, kNewPassEnv});
    cipher(enc);
    add("decrypt", "decrypt an encrypted database", {{"DATABASE", "the database"}}, {kKeyFile, kPassEnv});
    CLI::App* rekey = add("rekey", "change the key (and, with --cipher, the cipher) of an encrypted database",
                          {{"DATABASE", "the database"}},
                          {{"--cipher", "aes or chacha"}, kKeyFile, kPassEnv, kNewKeyFile, kNewPassEnv});
    cipher(rekey);
    add("unlock", "remove a stale lock (refused while its holder runs)", {{"DATABASE", "the database"}},
        {{"--force", "also when the lock's holder cannot be told apart from a running process", false}});
  }

  Parsed parse(std::span<const std::string> words) {
    Parsed out;
    std::vector<std::string> reversed(words.rbegin(), words.rend());  // CLI11 takes them back to front
    try {
      app_.parse(reversed);
    } catch (const CLI::CallForHelp&) {
      out.output = help_of_last();
      return out;
    } catch (const CLI::CallForAllHelp&) {
      out.output = app_.help("", CLI::AppFormatMode::All);
      return out;
    } catch (const CLI::CallForVersion& v) {
      out.output = std::string(v.what()) + "\n";
      return out;
    } catch (const CLI::ParseError& e) {
      out.status = kUsage;
      out.error = one_line(e.what()) + " (see emdb " + (chosen_.empty() ? "" : chosen_ + " ") + "--help)";
      return out;
    }
    out.args = std::move(args_);
    return out;
  }

 private:
  // A command with its positionals and options; its callback fills args_.
  CLI::App* add(const char* name, const char* help, std::vector<Positional> positionals, std::vector<Option> options,
                CLI::App* parent = nullptr) {
    CLI::App* sc = (parent ? parent : &app_)->add_subcommand(name, help);
    sc->fallthrough(false);
    std::string line = std::string("emdb ") + (parent ? parent->get_name() + " " : "") + name + " [OPTIONS]";
    for (const Positional& p : positionals)
      line += p.required ? std::string(" ") + p.name : std::string(" [") + p.name + "]";
    sc->usage(line);
    sc->footer(kFooter);
    auto& words = store_.emplace_back(std::vector<std::string>(positionals.size()));
    auto& values = maps_.emplace_back();
    std::vector<CLI::Option*> pos;
    for (std::size_t i = 0; i < positionals.size(); ++i)
      pos.push_back(
          sc->add_option(positionals[i].name, words[i], positionals[i].help)->required(positionals[i].required));
    std::vector<std::pair<std::string, CLI::Option*>> opts;
    for (const Option& o : options) {
      std::string& slot = values[o.name];
      CLI::Option* opt = o.value ? sc->add_option(o.name, slot, o.help)->type_name("VALUE")
                                 : sc->add_flag(o.name, o.help)->multi_option_policy(CLI::MultiOptionPolicy::Throw);
      if (o.value) opt->multi_option_policy(CLI::MultiOptionPolicy::Throw);
      opts.emplace_back(o.name, opt);
    }
    const std::string command = parent ? parent->get_name() : name;
    const std::string sub = parent ? name : "";
    sc->parse_complete_callback([this, command, sub, pos, opts, &words, &values] {
      args_ = Args{};
      args_.command = command;
      if (!sub.empty()) args_.words.push_back(sub);
      for (std::size_t i = 0; i < pos.size(); ++i)
        if (pos[i]->count() > 0) args_.words.push_back(words[i]);
      for (const auto& [n, opt] : opts)
        if (opt->count() > 0) args_.options[n] = values[n];
    });
    sc->preparse_callback([this, command, sub](std::size_t) { chosen_ = sub.empty() ? command : command + " " + sub; });
    return sc;
  }

  static void exclusive(CLI::App* sc, const char* a, const char* b) { sc->get_option(a)->excludes(sc->get_option(b)); }
  static void cipher(CLI::App* sc) { sc->get_option("--cipher")->check(CLI::IsMember({"aes", "chacha"})); }

  // The help of the command the user asked about, or of the whole tool.
  std::string help_of_last() {
    for (CLI::App* sc : app_.get_subcommands())
      if (sc->parsed()) {
        for (CLI::App* inner : sc->get_subcommands())
          if (inner->parsed()) return inner->help();
        return sc->help();
      }
    return app_.help();
  }

  static std::string one_line(std::string s) {
    for (char& c : s)
      if (c == '\n') c = ' ';
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
  }

  CLI::App app_;
  Args args_;
  std::string chosen_;
  std::deque<std::vector<std::string>> store_;
  std::deque<std::map<std::string, std::string>> maps_;
};

}  // namespace

Parsed parse_arguments(std::span<const std::string> words) {
  try {
    Parser p;
    return p.parse(words);
  } catch (const std::exception& e) {  // CLI11 setup errors; never expected
    Parsed out;
    out.status = kError;
    out.error = e.what();
    return out;
  }
}

}  // namespace cli

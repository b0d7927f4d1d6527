# bash completion for emdb(1), the command-line tool of emdb Browser.
# Installed as share/bash-completion/completions/emdb (bash-completion loads it
# on first use); it also works sourced on its own, without bash-completion.

# The options that take a value (as the next word or after "=").
_emdb_valued='--ns --prefix --from --to --pattern --limit --show --file --ttl --set --cipher --key-file --passphrase-env --new-key-file --new-passphrase-env'

# _emdb_options COMMAND [SUBCOMMAND]: the options of a command.
_emdb_options() {
  local key='--key-file --passphrase-env' ro=--read-only
  case $1 in
    info | check) echo "--json $ro $key" ;;
    ns) if [[ $2 == list ]]; then echo "--json $ro $key"; else echo "$key"; fi ;;
    keys) echo "--ns --prefix --from --to --pattern --limit --json $ro $key" ;;
    get) echo "--ns --key-hex --hex --base64 $ro $key" ;;
    ttl) echo "--ns --key-hex --json --set --persist $ro $key" ;;
    dump) echo "--ns $ro $key" ;;
    history) echo "--ns --key-hex --json --show --hex $ro $key" ;;
    diff) echo "--ns --json $ro $key" ;;
    lock) echo "--json" ;;
    put) echo "--ns --key-hex --file --ttl $key" ;;
    del) echo "--ns --key-hex $key" ;;
    sweep) echo "--json $key" ;;
    undelete) echo "--ns --key-hex --all --json $key" ;;
    load | compact | checkpoint | decrypt) echo "$key" ;;
    backup) echo "--force --allow-damaged $ro $key" ;;
    encrypt) echo "--cipher --new-key-file --new-passphrase-env" ;;
    rekey) echo "--cipher --new-key-file --new-passphrase-env $key" ;;
    unlock) echo "--force" ;;
  esac
  echo --help
}

# _emdb_unquote WORD: WORD as the shell will pass it (quotes and backslashes
# removed, a leading ~/ expanded), without evaluating it.
_emdb_unquote() {
  local w=$1
  w=${w//\\/} w=${w//\'/} w=${w//\"/}
  [[ $w == '~' || $w == '~/'* ]] && w=$HOME${w:1}
  printf '%s' "$w"
}

# _emdb_reply CUR WORD...: the WORDs that start with CUR, escaped for the
# command line, as completions.
_emdb_reply() {
  local cur=$1 w
  shift
  for w in "$@"; do
    [[ $w == "$cur"* ]] || continue
    # Readline replaces only what follows the last ":" of CUR.
    if [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]]; then w=${w#"${cur%"${cur##*:}"}"}; fi
    COMPREPLY+=("$(printf '%q' "$w")")
  done
}

# _emdb_files CUR: file names.
_emdb_files() {
  local cur=$1
  if declare -F _comp_compgen_filedir >/dev/null; then
    _comp_compgen_filedir
  elif declare -F _filedir >/dev/null; then
    _filedir
  else
    compopt -o filenames 2>/dev/null
    local IFS=$'\n'
    COMPREPLY+=($(compgen -f -- "$cur"))
  fi
}

# _emdb_value OPTION CUR: completes the value of OPTION.
_emdb_value() {
  local opt=$1 cur=$2 IFS=$'\n'
  case $opt in
    --file | --key-file | --new-key-file) _emdb_files "$cur" ;;
    --cipher) _emdb_reply "$cur" aes chacha ;;
    --passphrase-env | --new-passphrase-env) COMPREPLY+=($(compgen -e -- "$cur")) ;;
    --ns) _emdb_reply "$cur" $(_emdb_namespaces) ;;
  esac
}

# _emdb_namespaces: the named namespaces of the database on the command line,
# opened with the key options given there, never prompting for a passphrase.
_emdb_namespaces() {
  [[ -n $emdb_db ]] || return
  local db
  db=$(_emdb_unquote "$emdb_db")
  [[ -f $db ]] || return
  local -a run=("$emdb_prog" ns list "$db" "${emdb_keyopts[@]}")
  if type -P timeout >/dev/null; then run=(timeout 5 "${run[@]}"); fi
  "${run[@]}" </dev/null 2>/dev/null
}

_emdb() {
  local cur prev words cword
  if declare -F _comp_get_words >/dev/null; then
    _comp_get_words -n =: cur prev words cword
  elif declare -F _get_comp_words_by_ref >/dev/null; then
    _get_comp_words_by_ref -n =: cur prev words cword
  else
    # Without bash-completion: the words before the cursor, split on blanks.
    local line=${COMP_LINE:0:COMP_POINT}
    read -ra words <<<"$line"
    [[ -z $line || $line == *[[:blank:]] ]] && words+=("")
    cword=$((${#words[@]} - 1)) cur=${words[cword]} prev=${words[cword - 1]}
  fi
  COMPREPLY=()

  # The positional words (command, subcommand, database, ...) before the
  # cursor, and the key options, to open the database for --ns.
  local emdb_prog=${words[0]:-emdb} emdb_db='' cmd='' sub=''
  local -a positional=() emdb_keyopts=()
  local i w
  emdb_prog=$(_emdb_unquote "$emdb_prog")
  for ((i = 1; i < cword; i++)); do
    w=${words[i]}
    case $w in
      --key-file=* | --passphrase-env=*) emdb_keyopts+=("$(_emdb_unquote "$w")") ;;
      --*=*) ;;
      -*)
        if [[ " $_emdb_valued " == *" $w "* ]]; then
          if [[ $w == --key-file || $w == --passphrase-env ]] && ((i + 1 < cword)); then
            emdb_keyopts+=("$w" "$(_emdb_unquote "${words[i + 1]}")")
          fi
          ((i++))
        fi
        ;;
      *) positional+=("$w") ;;
    esac
  done
  cmd=${positional[0]-}
  if [[ $cmd == ns ]]; then
    sub=${positional[1]-} emdb_db=${positional[2]-}
  else
    emdb_db=${positional[1]-}
  fi

  # The value of an option: --opt VALUE or --opt=VALUE.
  if [[ $cur == --*=* ]]; then
    local opt=${cur%%=*}
    cur=${cur#*=}
    [[ $COMP_WORDBREAKS == *=* ]] || { _emdb_value "$opt" "$cur"; COMPREPLY=("${COMPREPLY[@]/#/$opt=}"); return 0; }
    _emdb_value "$opt" "$cur"
    return 0
  fi
  if [[ " $_emdb_valued " == *" $prev "* ]] && ((cword > 1)); then
    _emdb_value "$prev" "$cur"
    return 0
  fi

  if [[ $cur == -* ]]; then
    if [[ -z $cmd ]]; then
      _emdb_reply "$cur" --help --version
    else
      _emdb_reply "$cur" $(_emdb_options "$cmd" "$sub")
    fi
    return 0
  fi

  local n=${#positional[@]}
  if ((n == 0)); then
    _emdb_reply "$cur" info ns keys get ttl dump check history diff lock put del sweep load undelete compact \
      backup checkpoint encrypt decrypt rekey unlock
  elif [[ $cmd == ns ]]; then
    case $n in
      1) _emdb_reply "$cur" list drop ;;
      2) _emdb_files "$cur" ;;
      3) if [[ $sub == drop ]]; then
           local IFS=$'\n'
           _emdb_reply "$cur" $(_emdb_namespaces)
         fi ;;
    esac
  elif ((n == 1)); then
    _emdb_files "$cur"
  elif ((n == 2)) && [[ $cmd == load || $cmd == backup || $cmd == diff ]]; then
    _emdb_files "$cur"
  fi
  return 0
}

complete -F _emdb emdb

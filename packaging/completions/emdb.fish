# fish completion for emdb(1), the command-line tool of emdb Browser.
# Installed as share/fish/vendor_completions.d/emdb.fish.

# The positional words before the cursor (command, subcommand, database, ...),
# without the options and their values.
function __emdb_args
    set -l valued ns prefix from to pattern limit show file ttl set cipher key-file passphrase-env new-key-file new-passphrase-env
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l skip 0
    for t in $tokens
        if test $skip -eq 1
            set skip 0
            continue
        end
        switch $t
            case '--*=*'
                continue
            case '--*'
                if contains -- (string sub -s 3 -- $t) $valued
                    set skip 1
                end
                continue
        end
        echo $t
    end
end

# True when no command is given yet.
function __emdb_needs_command
    test (count (__emdb_args)) -eq 0
end

# True when the command is one of the arguments.
function __emdb_using
    set -l args (__emdb_args)
    test (count $args) -gt 0; and contains -- $args[1] $argv
end

# True when the command is "ns" and the subcommand one of the arguments.
function __emdb_using_ns
    set -l args (__emdb_args)
    test (count $args) -gt 1; and test $args[1] = ns; and contains -- $args[2] $argv
end

# True when the next positional word is a file: the database, the FILE of
# load, the TARGET of backup or the second database of diff.
function __emdb_wants_file
    set -l args (__emdb_args)
    set -l n (count $args)
    switch "$args[1]"
        case ''
            return 1
        case ns
            test $n -eq 2
        case load backup diff
            test $n -eq 1 -o $n -eq 2
        case '*'
            test $n -eq 1
    end
end

# True when the next positional word is the namespace of "ns drop".
function __emdb_wants_namespace
    set -l args (__emdb_args)
    test (count $args) -eq 3; and test $args[1] = ns; and test $args[2] = drop
end

# The named namespaces of the database on the command line, opened with the
# key options given there, never prompting for a passphrase.
function __emdb_namespaces
    set -l args (__emdb_args)
    set -l db
    if test "$args[1]" = ns
        set db $args[3]
    else
        set db $args[2]
    end
    test -n "$db"; or return
    set db (string replace -r -- '^~(?=/|$)' $HOME $db)
    test -f "$db"; or return
    set -l tokens (commandline -opc)
    set -l keyopts
    set -l n (count $tokens)
    for i in (seq $n)
        switch $tokens[$i]
            case --key-file --passphrase-env
                if test $i -lt $n
                    set -a keyopts $tokens[$i] $tokens[(math $i + 1)]
                end
            case '--key-file=*' '--passphrase-env=*'
                set -a keyopts $tokens[$i]
        end
    end
    set -l emdb (commandline -opc)[1]
    command $emdb ns list $db $keyopts </dev/null 2>/dev/null
end

set -l opening info ns keys get ttl dump check history diff put del sweep load undelete compact backup checkpoint decrypt rekey

complete -c emdb -f

# Commands
complete -c emdb -n __emdb_needs_command -a info -d 'Show statistics'
complete -c emdb -n __emdb_needs_command -a ns -d 'List or drop named namespaces'
complete -c emdb -n __emdb_needs_command -a keys -d 'List keys in order'
complete -c emdb -n __emdb_needs_command -a get -d 'Print a value'
complete -c emdb -n __emdb_needs_command -a ttl -d 'Show or change the time to live of a key'
complete -c emdb -n __emdb_needs_command -a dump -d 'Print every record as JSON Lines'
complete -c emdb -n __emdb_needs_command -a check -d 'Scan the database for damage'
complete -c emdb -n __emdb_needs_command -a history -d 'Show every version of a record still in the journal'
complete -c emdb -n __emdb_needs_command -a diff -d 'Show what changed between two databases'
complete -c emdb -n __emdb_needs_command -a lock -d 'Show who holds the lock'
complete -c emdb -n __emdb_needs_command -a put -d 'Write a record'
complete -c emdb -n __emdb_needs_command -a del -d 'Delete a record'
complete -c emdb -n __emdb_needs_command -a sweep -d 'Remove expired records'
complete -c emdb -n __emdb_needs_command -a load -d 'Write records read from JSON Lines'
complete -c emdb -n __emdb_needs_command -a undelete -d 'List removed records, or write them back'
complete -c emdb -n __emdb_needs_command -a compact -d 'Rewrite without dead records'
complete -c emdb -n __emdb_needs_command -a backup -d 'Copy the live records to another file'
complete -c emdb -n __emdb_needs_command -a checkpoint -d 'Write the checkpoint for a fast open'
complete -c emdb -n __emdb_needs_command -a encrypt -d 'Encrypt the database'
complete -c emdb -n __emdb_needs_command -a decrypt -d 'Decrypt the database'
complete -c emdb -n __emdb_needs_command -a rekey -d 'Re-encrypt with a new key'
complete -c emdb -n __emdb_needs_command -a unlock -d 'Remove a stale lock'
complete -c emdb -n __emdb_needs_command -l version -d 'Show the version'
complete -c emdb -s h -l help -d 'Show the usage'

# "ns list" and "ns drop"
complete -c emdb -n 'test (count (__emdb_args)) -eq 1; and __emdb_using ns' -a list -d 'List the named namespaces'
complete -c emdb -n 'test (count (__emdb_args)) -eq 1; and __emdb_using ns' -a drop -d 'Delete a namespace and its records'

# Positional words: files, and the namespace of "ns drop"
complete -c emdb -n __emdb_wants_file -F
complete -c emdb -n __emdb_wants_namespace -a '(__emdb_namespaces)' -d Namespace

# Options of every command that opens a database
complete -c emdb -n "__emdb_using $opening" -l key-file -r -F -d 'Key file: 32 raw bytes or 64 hex digits'
complete -c emdb -n "__emdb_using $opening" -l passphrase-env -x -a '(set -n -x)' -d 'Environment variable holding the passphrase'
complete -c emdb -n '__emdb_using info keys get ttl dump check history diff backup; or __emdb_using_ns list' -l read-only -d 'Open read-only'

# Options of some commands
complete -c emdb -n '__emdb_using keys get ttl dump history diff put del undelete' -l ns -x -a '(__emdb_namespaces)' -d 'Work in a named namespace'
complete -c emdb -n '__emdb_using info keys ttl check history diff lock sweep undelete; or __emdb_using_ns list' -l json -d 'Print JSON'
complete -c emdb -n '__emdb_using get ttl history put del undelete' -l key-hex -d 'The key is given as hex digits'
complete -c emdb -n '__emdb_using keys' -l prefix -x -d 'Keys that start with a prefix'
complete -c emdb -n '__emdb_using keys' -l from -x -d 'First key (inclusive)'
complete -c emdb -n '__emdb_using keys' -l to -x -d 'Key to stop before (exclusive)'
complete -c emdb -n '__emdb_using keys' -l pattern -x -d 'Keys that match a glob'
complete -c emdb -n '__emdb_using keys' -l limit -x -d 'Print at most N keys'
complete -c emdb -n '__emdb_using get' -l hex -d 'Print the value as hex'
complete -c emdb -n '__emdb_using get' -l base64 -d 'Print the value as Base64'
complete -c emdb -n '__emdb_using history' -l show -x -d 'Print the value of this version (its number in the list)'
complete -c emdb -n '__emdb_using history' -l hex -d 'With --show: print the value as hex'
complete -c emdb -n '__emdb_using ttl' -l set -x -d 'Expire after a duration (90s, 1h30m, 2d)'
complete -c emdb -n '__emdb_using ttl' -l persist -d 'Never expire'
complete -c emdb -n '__emdb_using put' -l file -r -F -d 'Read the value from a file'
complete -c emdb -n '__emdb_using put' -l ttl -x -d 'Expire after a duration (90s, 1h30m, 2d)'
complete -c emdb -n '__emdb_using undelete' -l all -d 'Restore every removed record listed'
complete -c emdb -n '__emdb_using backup' -l force -d 'Replace an existing backup file'
complete -c emdb -n '__emdb_using backup' -l allow-damaged -d 'Back up a damaged database'
complete -c emdb -n '__emdb_using unlock' -l force -d 'Also remove a lock whose description cannot be read'
complete -c emdb -n '__emdb_using encrypt rekey' -l cipher -x -a 'aes\tAES-256-GCM chacha\tChaCha20-Poly1305' -d Cipher
complete -c emdb -n '__emdb_using encrypt rekey' -l new-key-file -r -F -d 'New key file: 32 raw bytes or 64 hex digits'
complete -c emdb -n '__emdb_using encrypt rekey' -l new-passphrase-env -x -a '(set -n -x)' -d 'Environment variable holding the new passphrase'

# Runs clickhouse-server for LocalClickHouse and stops it when told to (TERM/INT) or when the JVM
# that started it is gone, so no server outlives a JVM killed with SIGKILL.
# Arguments: <jvm pid> <work dir> <server command...>. Prints the server's pid on its first line.
jvm_pid=$1
work_dir=$2
shift 2

"$@" >"$work_dir/log/console.log" 2>&1 &
server_pid=$!
echo "$server_pid"

stop_server() {
  kill -TERM "$server_pid" 2>/dev/null
  # ClickHouse stops in 1-2 s; after 10 s it is hung, and even then it must not be left behind.
  for _ in $(seq 50); do
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -KILL "$server_pid" 2>/dev/null
  wait "$server_pid"
}

trap 'stop_server; exit 143' TERM INT

while kill -0 "$server_pid" 2>/dev/null; do
  if ! kill -0 "$jvm_pid" 2>/dev/null; then
    stop_server
    # The JVM that would have deleted the work dir is gone.
    rm -rf "$work_dir"
    exit 0
  fi
  # A background sleep lets the TERM trap run at once instead of after the sleep.
  sleep 1 &
  wait $!
done

# The server exited by itself (bad config, port taken): pass its status on.
wait "$server_pid"

#!/usr/bin/env python3
"""Drives one command in a closed loop against a running local stack and accounts for its cost, per operation.

Used for docs/benchmarks/profile-commands.md. Unlike ../../../shared/tools/cpu-per-op it counts only the
processes of the stack being profiled (the JVM given by --jvm-pid, and the postmaster of --pg-data with its
children), so that other stacks on a shared machine do not leak into the figures, and it also takes the
database's own counters over the same window:

* CPU: utime+stime from /proc of the JVM (split by thread group) and of every PostgreSQL process (by role).
* Statements: pg_stat_statements (calls, rows, exec time per statement), differences over the window.
* Transactions: pg_stat_database.xact_commit of the database; WAL flushes: pg_stat_wal.wal_sync.
* JFR: a recording of the window (jcmd JFR.start / JFR.stop) for the per-step split (jfr_steps.py).

  drive.py --url http://localhost:18301/api/v1/clients --token-file data/demo-owner.token \
      --body '{"first_name":"A{n}","last_name":"B"}' --threads 16 --seconds 20 --jvm-pid 1234 \
      --pg-data data/postgres --pg-port 18303 --jfr /tmp/register.jfr --out register.json

In the body, {n} becomes a unique counter and {slot} the n-th 30-minute slot from 2030-01-07 (ISO instants,
{slot_end} its end), so that every call creates a new record and no appointment overlaps another (give each
run its own --slot-start).
"""
import argparse, collections, datetime, http.client, json, os, re, subprocess, threading, time, urllib.parse

p = argparse.ArgumentParser()
p.add_argument("--url", required=True)
p.add_argument("--token-file", required=True)
p.add_argument("--body", required=True)
p.add_argument("--threads", type=int, default=16)
p.add_argument("--seconds", type=float, default=20)
p.add_argument("--warmup", type=float, default=10)
p.add_argument("--count", type=int, default=0, help="send exactly this many requests (1 thread), no warm-up")
p.add_argument("--slot-start", type=int, default=0, help="first value of the counter; give each run its own")
p.add_argument("--jvm-pid", type=int, required=True)
p.add_argument("--pg-data", required=True)
p.add_argument("--pg-port", type=int, required=True)
p.add_argument("--database", default="pazpaz")
p.add_argument("--jfr")
p.add_argument("--out")
a = p.parse_args()
u = urllib.parse.urlparse(a.url)
token = open(a.token_file).read().strip()
tick = os.sysconf("SC_CLK_TCK")
first_slot = datetime.datetime(2030, 1, 7, tzinfo=datetime.timezone.utc)
postmaster = int(open(os.path.join(a.pg_data, "postmaster.pid")).readline())


def stat(path):
    s = open(path).read()
    return s[s.index("(") + 1:s.rindex(")")], s[s.rindex(")") + 2:].split()


def cpu(fields):
    return (int(fields[11]) + int(fields[12])) / tick


def sample():
    """CPU seconds so far: PostgreSQL processes by role, the JVM by thread group."""
    pg, jvm = collections.Counter(), collections.Counter()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            comm, f = stat("/proc/%s/stat" % pid)
            if int(pid) == postmaster or int(f[1]) == postmaster:
                cmd = open("/proc/%s/cmdline" % pid).read().replace("\0", " ")
                role = "postmaster" if int(pid) == postmaster else re.sub(r"^postgres: ", "", cmd).split()[0]
                role = "backend" if role == "postgres" else role
                pg[role] += cpu(f)
        except (OSError, ValueError, IndexError):
            pass
    for tid in os.listdir("/proc/%d/task" % a.jvm_pid):
        try:
            name, f = stat("/proc/%d/task/%s/stat" % (a.jvm_pid, tid))
            jvm[re.sub(r"[-#]?\d+$", "", name)] += cpu(f)
        except (OSError, ValueError, IndexError):
            pass
    # threads that ended during the window are in the process's totals only
    _, f = stat("/proc/%d/stat" % a.jvm_pid)
    jvm["(whole process)"] = cpu(f)
    return pg, jvm


class Psql:
    """One psql session kept open, so that a snapshot of the counters costs one round trip, not a process start."""

    def __init__(self):
        env = dict(os.environ, PGPASSWORD="postgres")
        self.proc = subprocess.Popen(["psql", "-h", "localhost", "-p", str(a.pg_port), "-U", "postgres", "-d",
                                      a.database, "-At", "-F", "\t", "-q"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)

    def query(self, sql):
        self.proc.stdin.write(sql.rstrip(";") + ";\n\\echo __END__\n")
        self.proc.stdin.flush()
        lines = []
        for line in self.proc.stdout:
            if line.strip() == "__END__":
                return lines
            lines.append(line.rstrip("\n"))


def snapshot(db):
    """pg_stat_statements, transactions and WAL of the database, read in one statement."""
    rows = db.query("SELECT 'S', calls, rows, total_exec_time, CASE WHEN toplevel THEN '' ELSE '(nested) ' END"
                    " || regexp_replace(query, '\\s+', ' ', 'g')"
                    " FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database"
                    " WHERE datname = current_database())"
                    " UNION ALL SELECT 'X', xact_commit, xact_rollback, 0, '' FROM pg_stat_database"
                    " WHERE datname = current_database()"
                    " UNION ALL SELECT 'W', wal_records, wal_sync, wal_bytes, wal_write::text FROM pg_stat_wal")
    stmts, xact, wal = {}, None, None
    for line in rows:
        kind, calls, nrows, ms, query = line.split("\t", 4)
        if kind == "S":
            old = stmts.get(query, (0, 0, 0.0))
            stmts[query] = (old[0] + int(calls), old[1] + int(nrows), old[2] + float(ms))
        elif kind == "X":
            xact = (int(calls), int(nrows))
        else:
            wal = (float(calls), float(nrows), float(ms), float(query))
    return stmts, xact, wal


done, codes, stop, counter = [0], collections.Counter(), [False], [a.slot_start]
lock = threading.Lock()


def body():
    with lock:
        counter[0] += 1
        n = counter[0]
    start = first_slot + datetime.timedelta(minutes=30 * n)
    iso = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (a.body.replace("{n}", "%d_%d" % (os.getpid(), n)).replace("{slot}", iso(start))
            .replace("{slot_end}", iso(start + datetime.timedelta(minutes=30))))


def loop(limit):
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
    headers = {"Content-Type": "application/json", "Authorization": "Bearer " + token}
    sent = 0
    while not stop[0] and (limit == 0 or sent < limit):
        sent += 1
        try:
            conn.request("POST", u.path, body(), headers)
            r = conn.getresponse()
            r.read()
            st = r.status
        except Exception:
            conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
            st = -1
        with lock:
            codes[st] += 1
            done[0] += 1


def jcmd(*args):
    subprocess.run(["jcmd", str(a.jvm_pid)] + list(args), capture_output=True, check=True)


threads = 1 if a.count else a.threads
workers = [threading.Thread(target=loop, args=(a.count,), daemon=True) for _ in range(threads)]
if not a.count:
    [t.start() for t in workers]
    time.sleep(a.warmup)
if a.jfr:
    jcmd("JFR.start", "name=window", "settings=profile", "jdk.ExecutionSample#period=5ms")
db = Psql()
s0, x0, w0 = snapshot(db)
pg0, jvm0 = sample()
n0, t0 = done[0], time.time()
if a.count:
    [t.start() for t in workers]
    [t.join() for t in workers]
    time.sleep(2)  # let the processors that run after commit finish their share
else:
    time.sleep(a.seconds)
pg1, jvm1 = sample()
n1, t1 = done[0], time.time()
s1, x1, w1 = snapshot(db)
stmts = []
for query, (calls, nrows, ms) in s1.items():
    c0, r0, m0 = s0.get(query, (0, 0, 0.0))
    if calls > c0:
        stmts.append({"calls": calls - c0, "rows": nrows - r0, "exec_ms": ms - m0, "query": query})
stmts.sort(key=lambda st: -st["calls"])
stop[0] = True
if a.jfr:
    jcmd("JFR.stop", "name=window", "filename=" + os.path.abspath(a.jfr))
ops = max(1, n1 - n0)
result = {
    "url": a.url, "threads": threads, "operations": ops, "seconds": t1 - t0, "per_second": ops / (t1 - t0),
    "codes": dict(codes),
    "pg_cpu_us_per_op": {k: 1e6 * (pg1[k] - pg0.get(k, 0)) / ops for k in pg1},
    "jvm_cpu_us_per_op": {k: 1e6 * (jvm1[k] - jvm0.get(k, 0)) / ops for k in jvm1
                          if jvm1[k] - jvm0.get(k, 0) > 0},
    "xact_commit_per_op": (x1[0] - x0[0]) / ops, "xact_rollback_per_op": (x1[1] - x0[1]) / ops,
    "wal_records_per_op": (w1[0] - w0[0]) / ops, "wal_sync_per_op": (w1[1] - w0[1]) / ops,
    "wal_bytes_per_op": (w1[2] - w0[2]) / ops, "wal_write_per_op": (w1[3] - w0[3]) / ops,
    "statements": [dict(s, per_op=s["calls"] / ops) for s in stmts],
}
text = json.dumps(result, indent=1)
if a.out:
    open(a.out, "w").write(text)
print("%d ops, %.0f/s, codes %s; JVM %.0f us/op, PostgreSQL %.0f us/op; commits %.2f, WAL syncs %.2f per op" % (
    ops, result["per_second"], dict(codes), result["jvm_cpu_us_per_op"]["(whole process)"],
    sum(result["pg_cpu_us_per_op"].values()), result["xact_commit_per_op"], result["wal_sync_per_op"]))

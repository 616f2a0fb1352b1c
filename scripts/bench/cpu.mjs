// CPU time (user + system) spent by the browser this script launched, read from /proc (Linux only): every
// process the browser runs (its own, the page's renderer with the map's worker, the GPU process that runs the
// software renderer, utilities) on every core. On a machine with few cores the page's wall time to its first
// idle follows this total closely, since these processes share the cores; it varies less between runs than the
// wall time does, and shows which process the extra work is in.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

let ticksPerSecond = null;
function clockTicks() {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function processKind(pid) {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const type = cmd.match(/--type=([a-z-]+)/)?.[1];
    return type === 'renderer' ? 'renderer' : type === 'gpu-process' ? 'gpu' : type ? 'other' : 'browser';
  } catch {
    return 'other';
  }
}

/** CPU milliseconds of each process descending from this one, by pid; null where /proc cannot be read. */
export function cpuSnapshot() {
  let pids;
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  const stat = new Map();
  for (const pid of pids) {
    try {
      const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces), from field 3 on: ppid is [1], utime [11], stime [12].
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      stat.set(Number(pid), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  const mine = (pid) => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = stat.get(p)?.ppid ?? 0, hops++) if (p === process.pid) return true;
    return false;
  };
  const out = new Map();
  for (const [pid, { ticks }] of stat) if (pid !== process.pid && mine(pid)) out.set(pid, (ticks * 1000) / clockTicks());
  return out;
}

/** The CPU time spent between two snapshots, in total and by kind of process (browser, renderer, gpu, other). */
export function cpuSpent(before, after) {
  if (!before || !after) return null;
  const spent = { total: 0, browser: 0, renderer: 0, gpu: 0, other: 0 };
  for (const [pid, ms] of after) {
    const d = ms - (before.get(pid) ?? 0);
    if (d <= 0) continue;
    spent[processKind(pid)] += d;
    spent.total += d;
  }
  return spent;
}

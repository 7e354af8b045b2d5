// The sandbox as a child process: `python -m binance_pm_sandbox --port 0` on the loopback
// address, with the key it should accept. Its first line of output is its URL.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

export interface SandboxKey {
  readonly apiKey: string;
  /** An HMAC secret, or the path of a PEM file holding an RSA or Ed25519 public key. */
  readonly secret?: string;
  readonly publicKeyFile?: string;
}

export class SandboxProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    /** The demo key and secret it printed, when started without a key. */
    readonly demo: { apiKey: string; secret: string } | null,
    private readonly output: string[],
  ) {}

  /**
   * Starts a sandbox that accepts `key`, or its demo key when `key` is null; resolves once it
   * printed its URL (and, without a key, the demo key and secret that follow it).
   */
  static async start(python: string, key: SandboxKey | null, timeoutMs = 60_000): Promise<SandboxProcess> {
    const credential =
      key === null
        ? []
        : ["--api-key", key.apiKey, ...(key.secret !== undefined ? ["--api-secret", key.secret] : ["--public-key", key.publicKeyFile ?? ""])];
    const child = spawn(
      python,
      // One run sends every operation in a few seconds, far past Binance's per-minute weight
      // limits (6000 per IP on /papi); the run is about signing, hosts and answers, not limits.
      ["-m", "binance_pm_sandbox", "--host", "127.0.0.1", "--port", "0", "--rate-limit", "100000000", ...credential],
      { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PYTHONUNBUFFERED: "1" } },
    );
    const output: string[] = [];
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    const lines = createInterface({ input: child.stdout! });
    const wanted = key === null ? 3 : 1;
    const head = await new Promise<string[]>((resolve, reject) => {
      const got: string[] = [];
      const timer = setTimeout(() => reject(new Error(`the sandbox printed no URL in ${timeoutMs} ms`)), timeoutMs);
      const onLine = (line: string): void => {
        got.push(line);
        if (got.length < wanted) return;
        clearTimeout(timer);
        lines.off("line", onLine);
        resolve(got);
      };
      lines.on("line", onLine);
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`the sandbox exited (${code}) before printing its URL: ${output.join("")}`));
      });
    });
    const [url = ""] = head;
    if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error(`the sandbox's first line is not its URL: ${url}`);
    const demoKey = /^api key: (\S+)$/.exec(head[1] ?? "")?.[1];
    const demoSecret = /^api secret: (\S+)$/.exec(head[2] ?? "")?.[1];
    if (key === null && (!demoKey || !demoSecret)) throw new Error("the sandbox printed no demo key and secret");
    lines.on("line", (line) => output.push(line));
    const demo = demoKey && demoSecret ? { apiKey: demoKey, secret: demoSecret } : null;
    return new SandboxProcess(child, url, demo, output);
  }

  get port(): number {
    return Number(new URL(this.url).port);
  }

  /** Stops it (SIGTERM, as Ctrl-C) and waits for it to exit; returns its exit status. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    const exited = new Promise<number | null>((resolve) => this.child.once("exit", (code) => resolve(code)));
    this.child.kill("SIGTERM");
    return exited;
  }

  /** What it printed besides its URL, for a failure report. */
  log(): string {
    return this.output.join("\n");
  }
}

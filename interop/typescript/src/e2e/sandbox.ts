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
    private readonly output: string[],
  ) {}

  /** Starts a sandbox that accepts `key`; resolves once it printed its URL. */
  static async start(python: string, key: SandboxKey, timeoutMs = 60_000): Promise<SandboxProcess> {
    const credential = key.secret !== undefined ? ["--api-secret", key.secret] : ["--public-key", key.publicKeyFile ?? ""];
    const child = spawn(
      python,
      // One run sends every operation in a few seconds, far past Binance's per-minute weight
      // limits (6000 per IP on /papi); the run is about signing, hosts and answers, not limits.
      ["-m", "binance_pm_sandbox", "--host", "127.0.0.1", "--port", "0", "--rate-limit", "100000000", "--api-key", key.apiKey, ...credential],
      { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PYTHONUNBUFFERED: "1" } },
    );
    const output: string[] = [];
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    const lines = createInterface({ input: child.stdout! });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the sandbox printed no URL in ${timeoutMs} ms`)), timeoutMs);
      lines.once("line", (line) => {
        clearTimeout(timer);
        if (/^http:\/\/127\.0\.0\.1:\d+$/.test(line)) resolve(line);
        else reject(new Error(`the sandbox's first line is not its URL: ${line}`));
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`the sandbox exited (${code}) before printing its URL: ${output.join("")}`));
      });
    });
    lines.on("line", (line) => output.push(line));
    return new SandboxProcess(child, url, output);
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

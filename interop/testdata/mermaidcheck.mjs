// Reads each Mermaid file named on the command line with Mermaid's own
// parser (in jsdom, without a browser) and prints, as one JSON array,
// what Mermaid made of it: the title and every task with its section,
// score and actors, or the error Mermaid gave. interop's tests compare
// it with what journeymap reads from the same files.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

const out = [];
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  try {
    const d = await mermaid.mermaidAPI.getDiagramFromText(text);
    out.push({
      file,
      type: d.type,
      title: d.db.getDiagramTitle(),
      tasks: d.db.getTasks().map((t) => ({ section: t.section, task: t.task, score: t.score, people: t.people })),
    });
  } catch (e) {
    out.push({ file, error: String((e && e.message) || e) });
  }
}
console.log(JSON.stringify(out));

// The import graph of a source tree and its cycles, for the architecture test: a cycle makes a
// module's evaluation order depend on who imports it first, and ties two files that should be
// one layer apart (issue 21: modelFile.ts and modelEval.ts imported each other).
//
// Every static `import` and `export ... from` counts, `import type` included (a type-only cycle
// is the same knot in the design, and one edit away from a runtime one). A dynamic import() does
// not: it loads on demand, after both modules are evaluated, which is what lazy views are for.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const STATIC_IMPORT = /\b(?:import|export)\s+(?:type\s+)?(?:[\w$*{},\s]*?\s*from\s*)?['"]([^'"\n]+)['"]/g
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1')

/** A specifier as a file of the tree ('@/' is the tree's alias root), or null for a package. */
const resolveSpecifier = (from: string, specifier: string, aliasRoot: string): string | null => {
  const base = specifier.startsWith('@/') ? join(aliasRoot, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : null
  if (base === null) return null
  for (const ext of EXTENSIONS) {
    const path = base + ext
    if (existsSync(path) && statSync(path).isFile()) return path
  }
  return null
}

/** Each file of the tree (relative to `root`) and the files of the tree it imports statically. */
export const importGraph = (root: string, aliasRoot = root): Map<string, string[]> => {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(root)) {
    const targets = [...withoutComments(readFileSync(file, 'utf8')).matchAll(STATIC_IMPORT)]
      .map(([, specifier]) => resolveSpecifier(file, specifier as string, aliasRoot))
      .filter((target): target is string => target !== null && /\.tsx?$/.test(target))
    graph.set(relative(root, file), [...new Set(targets.map((target) => relative(root, target)))])
  }
  return graph
}

/**
 * The import cycles of a graph, one per strongly connected component (Tarjan), each written as
 * the path that closes it: ['a.ts', 'b.ts', 'a.ts'].
 */
export const importCycles = (graph: Map<string, string[]>): string[][] => {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  const visit = (node: string) => {
    index.set(node, index.size)
    low.set(node, index.get(node) as number)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) as number, index.get(next) as number))
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop() as string
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component)
    }
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node)
  return components.map((component) => closingPath(graph, new Set(component)))
}

/** The shortest way from a component's first file (by name) back to itself. */
const closingPath = (graph: Map<string, string[]>, members: Set<string>): string[] => {
  const start = [...members].sort()[0] as string
  const previous = new Map<string, string>()
  const queue = [start]
  while (queue.length) {
    const node = queue.shift() as string
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue
      if (next === start) {
        const between: string[] = []
        for (let at = node; at !== start; at = previous.get(at) as string) between.unshift(at)
        return [start, ...between, start]
      }
      if (!previous.has(next)) {
        previous.set(next, node)
        queue.push(next)
      }
    }
  }
  return [start, start]
}

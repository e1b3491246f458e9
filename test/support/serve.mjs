// `npm start`: serves the production build on http://localhost:4173 (PORT overrides).
import { startStaticServer } from './staticServer.mjs'

const port = Number(process.env.PORT ?? 4173)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`)
  process.exit(1)
}
const { port: bound } = await startStaticServer({ root: "dist", port, host: "127.0.0.1" })
console.log(`Sarcoma decision aid is served at http://localhost:${bound}/  (Ctrl+C to stop)`)

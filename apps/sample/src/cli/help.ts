/** The help text, naming the command the way the user ran it. */
export const helpText = (
  cli: string,
): string => `Price an Altium 365 design with Octopart data, through the Nexar API.

Usage: ${cli} [command] [flags]

  (no command)            a short tour: a search, the example BOM priced, the parts it spent
  search <mpn>            best matches: manufacturer, description, stock, price
      --qty N               price for N pieces (default 1)
      --currency C          USD (default), EUR, ...
      --limit N             results to show (default 5; each costs a part)
  bom [file]              match and price a BOM (CSV, TSV, XLSX or JSON; default: the bundled example)
      --qty N               boards to build (default 1)
      --currency C          currency of prices and the total
      --max-parts N         refuse to send anything that could cost more than N parts
      --dry-run             show the requests and worst-case parts, send nothing
                            (with --json: the lines read and the rows skipped, and the plan)
      --json                machine-readable result on stdout
      --export DIR          write the priced BOM and the purchase plan (CSV, XLSX) and an
                            upload file per seller (Digi-Key, Mouser, LCSC/JLCPCB, ...) to DIR
      --alternates          look up alternates for lines not found, out of stock or obsolete
                            (up to 4 parts per such line; the part budget is checked first)
      --columns F=H,...     header names to read, e.g. mpn="Manf Part #",qty=Qty,refs=Designator,
                            mfr=Manufacturer,sku="LCSC Part #" (fields not named are detected)
      --sheet NAME|N        the workbook sheet to read (default: the first with a BOM header)
      --show-skipped        list the rows skipped and why, not only their count
  login [--no-browser]    log in to Nexar in the browser (--no-browser prints the address)
      --paste               paste the address the browser was sent to (SSH, WSL, containers;
                            chosen by itself where there is no display); tokens go to the OS
                            keychain, or to ~/.nexar/tokens.json in plain text when there is none
  logout                  forget the login
  workspaces              your Altium 365 workspaces
  projects [workspace]    projects of a workspace (name or URL; default: your default workspace)
  price-project <id>      a project's BOM priced in one go; takes the bom flags
  usage                   the app's parts used this month and its limit (needs a login)
  web [--port N]          the web page on localhost
  help                    this text; --debug shows the stack of a failure and what the
                          token providers do (tokens from memory/store/network, renewals, 429s)

Environment:
  NEXAR_CLIENT_ID, NEXAR_CLIENT_SECRET   your app (portal.nexar.com); unset: an embedded emulator
  NEXAR_IDENTITY_URL, NEXAR_API_URL      another server, e.g. a running \`pnpm emulator\`

Exit codes: 0 done, 1 some lines not matched (or the API failed), 2 bad input or login needed.`;

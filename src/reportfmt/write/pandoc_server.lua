-- A long-lived pandoc worker: answers read/write requests on stdin/stdout, so a batch
-- pays pandoc's start-up once per worker instead of once per page and format.
--
-- Request:  "<header-length> <payload-length>\n" <header JSON> <payload bytes>
--   header: {"from": reader spec, "to": writer spec, "opts": {...writer options...}}
-- Response: "ok <length>\n" <bytes>  |  "err <length>\n" <message>
--
-- Untrusted input: readers run sandboxed (read_env {} = no files, no network); writers
-- would fetch images and EPUB metadata resources, so those are removed before writing.

local json = pandoc.json
local templates = {}

-- Metadata keys that make a writer read a file or URL (cover image, stylesheets, fonts).
local FETCHING_META = {"cover-image", "css", "stylesheet", "epub-fonts", "epub-embed-font",
                       "epub-cover-image", "reference-doc", "template"}

local function read_file(path)
  local handle = assert(io.open(path, "rb"))
  local text = handle:read("a")
  handle:close()
  return text
end

local function template_for(fmt, path)
  local key = path or ("default:" .. fmt)
  if not templates[key] then
    if path then
      templates[key] = pandoc.template.compile(read_file(path), path)
    else
      templates[key] = pandoc.template.compile(pandoc.template.default(fmt))
    end
  end
  return templates[key]
end

-- Writers that only name an image's address and never read it.
local NAMING_WRITERS = {typst = true, markdown = true, plain = true, html5 = true, html = true}

local function defuse(doc, to, images)
  for _, key in ipairs(FETCHING_META) do
    doc.meta[key] = nil
  end
  if not images then
    return doc  -- no picture to defuse: no walk (a second on a 50,000-row table)
  end
  local names_only = NAMING_WRITERS[to:match("^[%w_]+")] or false
  -- An image would be fetched (remote) or embedded (local file): keep only its alt text.
  -- The exception: pictures reportfmt checked and placed (write/pictures.py), as data: URIs
  -- (embedded without reading anything) or, for writers that read no file, by file name.
  return doc:walk({
    Image = function(img)
      if img.classes:includes("reportfmt-picture") and (img.src:sub(1, 5) == "data:" or names_only) then
        return nil
      end
      return pandoc.Span(img.caption, pandoc.Attr("", {"image-removed"}))
    end,
  })
end

local function writer_options(to, opts)
  local base = to:match("^[%w_]+")
  local wopts = {}
  for key, value in pairs(opts) do
    if key == "template" then
      wopts.template = template_for(base, value)
    elseif key == "standalone" then
      if value and not opts.template and base ~= "docx" then
        wopts.template = template_for(base, nil)
      end
    elseif key == "variables" then
      -- -V key=value: template variables (the PDF's date), merged with header-includes
      wopts.variables = wopts.variables or {}
      for name, text in pairs(value) do
        wopts.variables[name] = text
      end
    elseif key == "header_includes" then
      local parts = {}
      for _, path in ipairs(value) do
        parts[#parts + 1] = read_file(path)
      end
      wopts.variables = wopts.variables or {}
      wopts.variables["header-includes"] = parts
    else
      wopts[key] = value
    end
  end
  return wopts
end

local function handle(header, payload)
  local reader = header.from or "json"
  local doc
  if reader == "json" then
    doc = pandoc.read(payload, "json")
  else
    doc = pandoc.read(payload, reader, {}, {})
  end
  local to = header.to or "json"
  if to == "json" then
    return pandoc.write(doc, "json")
  end
  local opts = header.opts or {}
  if to:match("^epub") then
    opts.standalone = true  -- the pandoc CLI always writes EPUB pages standalone
  end
  -- JSON names every element's type: without the word "Image" in quotes it holds no picture.
  local images = reader ~= "json" or payload:find('"Image"', 1, true) ~= nil
  return pandoc.write(defuse(doc, to, images), to, writer_options(to, opts))
end

local function reply(status, bytes)
  io.stdout:write(status, " ", tostring(#bytes), "\n", bytes)
  io.stdout:flush()
end

io.stdin:setvbuf("full")
while true do
  local line = io.stdin:read("l")
  if not line then break end
  local hlen, plen = line:match("^(%d+) (%d+)$")
  if not hlen then
    reply("err", "bad request line")
    break
  end
  local header = json.decode(io.stdin:read(tonumber(hlen)), false)
  local payload = tonumber(plen) > 0 and io.stdin:read(tonumber(plen)) or ""
  local ok, result = pcall(handle, header, payload)
  if ok then
    reply("ok", result)
  else
    reply("err", tostring(result))
  end
end

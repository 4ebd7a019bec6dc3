-- Drives Neovim as a user would, after the README's Neovim 0.7 snippet (the init file): opens the
-- English note, presses K at once, goes to the definition (the Japanese note), comes back and
-- applies the quick fix. What it saw goes as JSON to $ENTITY_LENS_NVIM_RESULT; the mocha test
-- (neovim.test.ts) asserts on it. Every wait is bounded: a step that times out records nil.
local out = { steps = {} }
local WAIT = 20000

local function step(name)
  table.insert(out.steps, name)
end

local function floating_window()
  for _, w in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(w).relative ~= '' then return w end
  end
end

local function window_showing(file)
  for _, w in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_buf_get_name(vim.api.nvim_win_get_buf(w)) == file then return w end
  end
end

local function run()
  local en, ja = vim.env.ENTITY_LENS_NVIM_EN, vim.env.ENTITY_LENS_NVIM_JA
  vim.cmd('edit ' .. vim.fn.fnameescape(en))
  local buf = vim.api.nvim_get_current_buf()
  out.filetype = vim.bo[buf].filetype
  out.attached = vim.wait(WAIT, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 5)
  step('attached')

  -- K at once: the server has just been told the file is open and is still loading.
  out.diagnostics_before_hover = #vim.diagnostic.get(buf)
  vim.api.nvim_win_set_cursor(0, { 5, 5 }) -- on "JJOC" in "The JJOC has 300 personnel."
  vim.lsp.buf.hover()
  local float
  vim.wait(WAIT, function()
    float = floating_window()
    return float ~= nil
  end, 5)
  if float then
    out.hover = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(float), 0, -1, false)
    vim.api.nvim_win_close(float, true)
  end
  step('hover')

  -- Go to definition: the first place is in the Japanese note (the others fill the quickfix list).
  vim.api.nvim_win_set_cursor(0, { 5, 5 })
  vim.lsp.buf.definition()
  local target
  vim.wait(WAIT, function()
    target = window_showing(ja)
    return target ~= nil
  end, 5)
  if target then
    out.definition = { file = ja, cursor = vim.api.nvim_win_get_cursor(target), line = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(target), vim.api.nvim_win_get_cursor(target)[1] - 1, vim.api.nvim_win_get_cursor(target)[1], false)[1] }
  end
  vim.cmd('cclose')
  step('definition')

  -- Back to the English note: wait for the conflict, then the quick fix from the code-action menu.
  vim.api.nvim_set_current_win(window_showing(ja) or 0)
  vim.cmd('buffer ' .. buf)
  vim.wait(WAIT, function() return #vim.diagnostic.get(buf) > 0 end, 5)
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out.diagnostics, { lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity, message = d.message })
  end
  vim.api.nvim_win_set_cursor(0, { 5, 13 }) -- on "300"
  out.code_actions = {}
  vim.ui.select = function(items, opts, on_choice)
    local chosen
    for i, item in ipairs(items) do
      local title = opts.format_item and opts.format_item(item) or tostring(item)
      table.insert(out.code_actions, title)
      if title == 'Replace with 240' then chosen = i end
    end
    if chosen then on_choice(items[chosen], chosen) else on_choice(nil, nil) end
  end
  vim.lsp.buf.code_action()
  vim.wait(WAIT, function() return vim.api.nvim_buf_get_lines(buf, 4, 5, false)[1]:find('240') ~= nil end, 5)
  out.fixed_line = vim.api.nvim_buf_get_lines(buf, 4, 5, false)[1]
  step('quick fix')
end

local ok, err = pcall(run)
if not ok then out.error = tostring(err) end
local file = io.open(vim.env.ENTITY_LENS_NVIM_RESULT, 'w')
file:write(vim.fn.json_encode(out))
file:close()
vim.cmd('qa!')

/** English messages: whitelist. Keys must match ../zh-CN/whitelist.ts (checked by the compiler and a test). */
export const whitelist = {
  'whitelist.syntax':
    'YAML syntax error: {detail}. Fix this line; entries elsewhere in the file were still read.',
  'whitelist.tooLarge':
    'The whitelist file is {size} characters long; the limit is {limit}. A mirror of the console is a few hundred lines at most: check that {path} is the right file.',
  'whitelist.tooDeep':
    'The file nests brackets {depth} levels deep (the limit is {limit}); a whitelist is a flat mapping of lists, so it was not read.',
  'whitelist.unreadable': 'The whitelist file could not be read as YAML or JSON ({detail}).',
  'whitelist.empty':
    'The whitelist file is empty. Write one key per console list, for example "request:" followed by a line "  - https://api.example.com".',
  'whitelist.notMapping':
    'The top level must be a mapping from console lists (request, uploadFile, downloadFile, socket, udp, tcp, webview) to entries, not a {found}.',
  'whitelist.duplicateKey':
    'The key "{key}" is written twice (first at line {firstLine}); both were read, but keep one list per key so the file mirrors the console.',
  'whitelist.unknownKey': 'Unknown key "{key}"; it was ignored. Valid keys: {valid}.',
  'whitelist.unknownKeySuggest': 'Unknown key "{key}"; it was ignored. Did you mean "{suggestion}"?',
  'whitelist.alias':
    'YAML aliases (*name) are not read in a whitelist: write the entry out in full so that every console entry is visible.',
  'whitelist.notList': '"{key}" must be a list of entries (one "- entry" per line), not a {found}.',
  'whitelist.entryNotString':
    'An entry of the {list} list must be a string such as {example}, not a {found}.',
  'whitelist.webviewEntryType':
    'A webview entry must be a string such as https://h5.example.com or a mapping with origin, verifyFile and verifyContent, not a {found}.',
  'whitelist.webviewMissingOrigin':
    'This webview entry has no "origin"; add a line such as "origin: https://h5.example.com".',
  'whitelist.webviewUnknownField':
    'Unknown field "{field}" in a webview entry; it was ignored. Valid fields: origin, verifyFile, verifyContent.',
  'whitelist.fieldNotString': 'The field "{field}" must be a string, not a {found}.',
  'whitelist.verifyFileName':
    'verifyFile "{value}" is not the name of a file at the domain root; the console gives a name such as 6ynZPDvfTF.txt.',
  'whitelist.verifyContentWithoutFile':
    'verifyContent is set but verifyFile is not: name the verification file the console gave you (e.g. verifyFile: 6ynZPDvfTF.txt).',
  'whitelist.platformInvalid': 'Unknown platform "{value}"; using wechat. Valid platforms: {valid}.',
  'whitelist.entryTooLong':
    'This entry is {length} characters long; the limit is {limit}, so it cannot be a console entry.',
  'whitelist.missingScheme': '"{raw}" has no scheme; the {list} list takes entries such as {suggestion}.',
  'whitelist.malformed': '"{raw}" is not an origin; write the {list} entry as {example}.',
  'whitelist.wrongScheme':
    '"{raw}" uses {scheme}://, but the {list} list only takes {expected}:// entries; write {suggestion} and serve it that way.',
  'whitelist.hasUserinfo':
    '"{raw}" contains a user name before "@"; the console takes only the origin: write {suggestion}.',
  'whitelist.hasPath':
    '"{raw}" has a path, query or fragment ("{extra}"); the console takes only scheme://host[:port]: write {suggestion}.',
  'whitelist.badHost': '"{raw}": "{host}" is not a domain name the console could take.',
  'whitelist.wildcard':
    '"{raw}": wildcards are not supported; hosts are matched exactly and a parent domain covers nothing, so list each host.',
  'whitelist.ip': '"{raw}": {host} is an IP address; the console only takes domain names with an ICP filing.',
  'whitelist.localhost': '"{raw}": {host} is the device itself; the console refuses localhost.',
  'whitelist.forbiddenHost':
    '"{raw}": {platform} never allows {host} as a server domain; call it from your own server instead.',
  'whitelist.badPort': '"{raw}": the port "{port}" is not a number from 1 to 65535.',
  'whitelist.portNotAllowedWebview':
    '"{raw}": a business domain cannot carry a port; write {suggestion} and serve the pages on port 443.',
  'whitelist.portNotAllowedPlatform':
    '"{raw}": {platform} server domains cannot carry a port; write {suggestion} and serve on the default port.',
  'whitelist.socketPort':
    '"{raw}": a socket entry needs no port, since every port of the domain is allowed; it was read as {suggestion}, write it that way.',
  'whitelist.duplicate':
    '"{raw}" is already in the {list} list at line {firstLine} (as {origin}); remove this copy.',
  'whitelist.tooMany':
    'The {list} list has {count} entries; {platform} takes at most {max}, so the entries from this one on cannot all be in the console.',
  'whitelist.listNotOnPlatform':
    'The {list} list does not exist on {platform}; its entries were ignored. {platform} has these lists: {lists}.',
  'whitelist.listSharedOnPlatform':
    'On {platform} the {list} calls are checked against the {target} list; move these entries under "{target}" (they were ignored here).',
  'whitelist.moreProblems': '{count} more problems in this file are not shown; fix the ones above first.',
} as const satisfies Record<string, string>;

export type WhitelistMessageKey = keyof typeof whitelist;

import type { rulesTls as en } from '../en/rules-tls.js';

/** 简体中文消息：rules-tls。键与 ../en/rules-tls.ts 一致。 */
export const rulesTls: Record<keyof typeof en, string> = {
  'rulesTls.reason.unknown': '未记录原因',
  'rulesTls.reason.no-address': '没有 A 或 AAAA 记录（{detail}）',
  'rulesTls.reason.private-address': '只有非公网地址',
  'rulesTls.reason.refused': '连接被拒绝',
  'rulesTls.reason.unreachable': '无法路由到该地址',
  'rulesTls.reason.timed-out': '在时限内没有应答',
  'rulesTls.reason.reset': '服务器重置了连接',
  'rulesTls.reason.closed': '服务器关闭了连接',
  'rulesTls.reason.tls-alert': 'TLS 告警“{alert}”',
  'rulesTls.reason.protocol-error': '不是有效的 TLS 应答（{detail}）',

  'rulesTls.address.entry': '{address}（{category}）',
  'rulesTls.address.loopback': '回环地址',
  'rulesTls.address.private': '私有网络',
  'rulesTls.address.link-local': '链路本地地址',
  'rulesTls.address.cgnat': '运营商级 NAT',
  'rulesTls.address.multicast': '组播地址',
  'rulesTls.address.unspecified': '未指定地址',
  'rulesTls.address.metadata': '云元数据服务',
  'rulesTls.address.reserved': '保留地址',
  'rulesTls.address.unique-local': 'IPv6 唯一本地地址',
  'rulesTls.address.broadcast': '广播地址',
  'rulesTls.address.documentation': '文档示例地址段',

  'rulesTls.cert.leaf': '服务器证书“{name}”',
  'rulesTls.cert.intermediate': '中间证书“{name}”',
  'rulesTls.kx.static': '静态 RSA 密钥交换，不具备前向保密',
  'rulesTls.kx.ephemeral': '临时密钥 {type} {name}',

  'rulesTls.dns-unresolvable.description': '域名没有 A 或 AAAA 记录，任何手机都无法访问。',
  'rulesTls.dns-unresolvable.fix': '发布 DNS 记录；如果域名已不再使用，请删除该条目。',
  'rulesTls.dns-unresolvable.message':
    '无法解析 {host}：{reason}。手机无法访问它：请发布 A/AAAA 记录；如果域名已不再使用，请删除该条目。',

  'rulesTls.private-address.description':
    '域名解析到手机无法从公网访问的地址（回环、私有、链路本地、元数据服务）。',
  'rulesTls.private-address.fix':
    '发布公网地址；如需测试预发布服务器，请用 --resolve HOST:PORT:ADDRESS 显式映射。',
  'rulesTls.private-address.all':
    '{host} 只解析到手机无法从公网访问的地址：{addresses}。探测没有连接（它拒绝这类地址，以免拉取请求借它访问内部服务）。请发布公网地址；如需测试预发布服务器，请显式映射：--resolve {host}:{port}:ADDRESS。',
  'rulesTls.private-address.some':
    '{host}:{port} 既解析到公网地址，也解析到手机无法访问的地址：{addresses}。选中后者的手机会失败，请删除这些 DNS 记录。探测使用了 {address}。',

  'rulesTls.connect-failed.description': '服务器不接受该端口上的 TCP 连接。',
  'rulesTls.connect-failed.fix': '让服务器监听该端口，并在防火墙中对公网开放。',
  'rulesTls.connect-failed.message':
    '{host}:{port}（{address}）没有接受连接：{reason}。请检查服务器是否监听 {port} 端口，以及防火墙是否允许公网访问。{hint}',
  'rulesTls.connect-failed.ipv6Hint':
    '该主机只有 IPv6 地址（或探测选用了 IPv6 地址），而本机没有到它的路由；仅有 IPv4 网络的手机同样无法访问只有 IPv6 的主机：请同时发布 A 记录。',

  'rulesTls.tls-handshake-failed.description': '服务器接受连接，但没有完成任何 TLS 握手。',
  'rulesTls.tls-handshake-failed.fix': '在该端口提供 HTTPS，使用该域名的证书，并启用 TLS 1.2（及 1.3）。',
  'rulesTls.tls-handshake-failed.message':
    '{host}:{port} 接受了连接，但所有 TLS 握手都失败了（TLS 1.2：{tls12}；TLS 1.3：{tls13}）。请检查该端口是否提供 HTTPS、证书是否属于该域名，以及是否启用了 TLS 1.2。',

  'rulesTls.tls12-unsupported.description':
    '服务器不接受 TLS 1.2，而微信要求 TLS 1.2，旧款 Android 手机也需要它。',
  'rulesTls.tls12-unsupported.fix':
    '在 TLS 1.3 之外同时启用 TLS 1.2（nginx：ssl_protocols TLSv1.2 TLSv1.3;）。',
  'rulesTls.tls12-unsupported.message':
    '服务器拒绝了 TLS 1.2 握手（{reason}），只接受 {accepted}。微信要求支持 TLS 1.2，旧款 Android 手机无法使用 TLS 1.3：请启用 TLS 1.2（nginx：ssl_protocols TLSv1.2 TLSv1.3;）。',

  'rulesTls.tls13-unsupported.description': '服务器不接受 TLS 1.3（TLS 1.2 可用）。',
  'rulesTls.tls13-unsupported.fix':
    '在 TLS 1.2 之外同时启用 TLS 1.3（nginx：ssl_protocols TLSv1.2 TLSv1.3;）。',
  'rulesTls.tls13-unsupported.message':
    '服务器不接受 TLS 1.3（{reason}）。TLS 1.2 可用，目前已经足够；较新的 iOS 和 Android 优先使用 TLS 1.3：建议在 TLS 1.2 之外同时启用它。',

  'rulesTls.tls-legacy-enabled.description': '服务器仍接受 TLS 1.0 或 TLS 1.1。',
  'rulesTls.tls-legacy-enabled.fix': '停用 TLS 1.0 和 1.1（nginx：ssl_protocols TLSv1.2 TLSv1.3;）。',
  'rulesTls.tls-legacy-enabled.message':
    '服务器仍接受 {versions}（协商出 {cipher}）。Apple 要求应用避免使用这些版本，SSL Labs 会把这类服务器的评级限制在 B：请停用 TLS 1.0 和 1.1（nginx：ssl_protocols TLSv1.2 TLSv1.3;）。',

  'rulesTls.tls-no-forward-secrecy.description':
    '在 TLS 1.2 下，服务器不接受 App Transport Security 要求的任何 ECDHE + AES 加密套件。',
  'rulesTls.tls-no-forward-secrecy.fix':
    '启用使用 AES-GCM 的 ECDHE 套件，例如 ECDHE-RSA-AES128-GCM-SHA256 和 ECDHE-ECDSA-AES128-GCM-SHA256。',
  'rulesTls.tls-no-forward-secrecy.message':
    '在 TLS 1.2 下，服务器协商出 {cipher}（{keyExchange}），并拒绝了 App Transport Security 接受的全部套件（{reason}）。iOS 要求 TLS 1.2 使用 ECDHE 加 AES：请启用例如 ECDHE-RSA-AES128-GCM-SHA256 和 ECDHE-ECDSA-AES128-GCM-SHA256。',

  'rulesTls.cert-expired.description': '服务器证书或其发送的中间证书已过期。',
  'rulesTls.cert-expired.fix': '安装续期后的证书及其中间证书，并重新加载服务器。',
  'rulesTls.cert-expired.message':
    '{cert}已于 {date} 过期（{days} 天前）。请在服务器上安装续期后的证书及其中间证书，并重新加载。',

  'rulesTls.cert-not-yet-valid.description': '服务器发送的某个证书尚未生效。',
  'rulesTls.cert-not-yet-valid.fix': '安装当前有效的证书，或修正证书日期及签发时的时钟。',
  'rulesTls.cert-not-yet-valid.message':
    '{cert}在 {date} 之前无效；时钟正确的手机在此之前会拒绝它。请安装当前有效的证书。',

  'rulesTls.cert-expiring-soon.description': '服务器证书或中间证书即将过期。',
  'rulesTls.cert-expiring-soon.fix': '在过期前续期并安装新证书。',
  'rulesTls.cert-expiring-soon.message':
    '{cert}将于 {date} 过期，还剩 {days} 天（提醒阈值 {threshold} 天）。请在此之前续期并安装新证书。',

  'rulesTls.cert-hostname-mismatch.description':
    '域名不在证书的主题备用名称（SAN）中（通用名称 CN 不被采用）。',
  'rulesTls.cert-hostname-mismatch.fix': '安装包含该域名的证书，或让服务器（SNI）为该域名发送正确的证书。',
  'rulesTls.cert-hostname-mismatch.message':
    '{host} 不在证书列出的名称中：{names}。手机只核对这些主题备用名称（SAN），不看通用名称“{cn}”，且通配符只匹配一级标签：请安装包含 {host} 的证书，或让服务器为该名称（SNI）发送正确的证书。',

  'rulesTls.cert-no-san.description': '服务器证书没有主题备用名称（SAN）。',
  'rulesTls.cert-no-san.fix': '重新签发证书，把域名作为 DNS 类型的主题备用名称。',
  'rulesTls.cert-no-san.message':
    '服务器证书没有主题备用名称（SAN），其通用名称为“{cn}”。iOS 13 及以上忽略通用名称，因此它不匹配任何主机：请重新签发证书，把 {host} 写入 DNS 类型的主题备用名称。',

  'rulesTls.cert-self-signed.description': '服务器证书是自签名证书。',
  'rulesTls.cert-self-signed.fix': "安装公共受信任 CA 签发的证书（例如 Let's Encrypt）。",
  'rulesTls.cert-self-signed.message':
    "服务器证书“{name}”是自签名证书。iOS 从不接受自签名证书，任何手机也不信任它：请安装公共受信任 CA 签发的证书（例如 Let's Encrypt）。",

  'rulesTls.cert-untrusted-root.description': '证书链终止于手机不信任的根证书。',
  'rulesTls.cert-untrusted-root.fix': '使用公共受信任 CA 签发的证书。',
  'rulesTls.cert-untrusted-root.message':
    '证书链终止于“{root}”，该根证书不在手机使用的公共根证书库中。请使用公共受信任 CA 签发的证书。',

  'rulesTls.cert-chain-incomplete.description': '服务器没有发送中间证书；Android 不会自动下载它们。',
  'rulesTls.cert-chain-incomplete.fix':
    '发送完整证书链：服务器证书后接中间证书（例如 nginx ssl_certificate fullchain.pem）。',
  'rulesTls.cert-chain-incomplete.message':
    '服务器发送了 {count} 张证书（{sent}），但“{stuck}”的签发者 {issuer} 既不在其中，也不是受信任的根证书。浏览器会下载或缓存它，Android 不会，并报错“Trust anchor for certification path not found”。请发送完整证书链：服务器证书后接中间证书（例如 nginx ssl_certificate fullchain.pem）。{download}{privateRoot}',
  'rulesTls.cert-chain-incomplete.aia': 'CA 在 {url} 提供缺失的证书。',
  'rulesTls.cert-chain-incomplete.noAia': '证书中没有“CA Issuers”地址；请向 CA 获取中间证书。',
  'rulesTls.cert-chain-incomplete.privateRoot':
    '如果 {issuer} 是私有根证书，手机不会信任它：请使用公共受信任 CA 签发的证书（测试预发布服务器时可用 --ca-file 传入该根证书）。',

  'rulesTls.cert-chain-order.description': '服务器发送证书的顺序不对，或发送了多余的证书。',
  'rulesTls.cert-chain-order.fix': '先发送服务器证书，再依次发送各级签发者证书，不要发送其他证书。',
  'rulesTls.cert-chain-order.message':
    '服务器发送证书的顺序为 {sent}；客户端期望的顺序为 {expected}。{extraNote}部分客户端会因此失败：请先发送服务器证书，再依次发送各级签发者证书。',
  'rulesTls.cert-chain-order.extraNote': '不属于证书链的证书：{extra}。',

  'rulesTls.cert-weak-key.description': '某个证书的 RSA 密钥不足 2048 位或 EC 密钥不足 256 位。',
  'rulesTls.cert-weak-key.fix': '使用 RSA 2048（或更长）或 EC P-256 密钥重新签发证书。',
  'rulesTls.cert-weak-key.message':
    '{cert}使用 {key} 密钥。iOS 要求服务器证书及其签发 CA 使用至少 2048 位的 RSA 密钥或至少 256 位的 EC 密钥：请使用 RSA 2048 或 EC P-256 密钥重新签发。',

  'rulesTls.cert-weak-signature.description': '某个证书使用 SHA-1 或 MD5 签名。',
  'rulesTls.cert-weak-signature.fix': '使用 SHA-256 签名重新签发证书。',
  'rulesTls.cert-weak-signature.message':
    '{cert}使用 {algorithm} 签名。iOS 要求 SHA-256 或更强的签名，TLS 已不再信任 SHA-1：请使用 SHA-256 签名重新签发。',

  'rulesTls.cert-validity-too-long.description':
    '服务器证书的有效期超过 Apple 的上限（2020-09-01 起签发的为 398 天，2019-07-01 起签发的为 825 天）。',
  'rulesTls.cert-validity-too-long.fix': '重新签发有效期不超过 397 天的证书。',
  'rulesTls.cert-validity-too-long.message':
    '服务器证书的有效期为 {days} 天（{from} 至 {to}）。iOS 拒绝 {cutoff} 起签发且有效期超过 {limit} 天的证书：请重新签发有效期不超过 397 天的证书。',

  'rulesTls.cert-no-server-auth-eku.description': '服务器证书缺少 iOS 13 要求的扩展密钥用法 serverAuth。',
  'rulesTls.cert-no-server-auth-eku.fix': '重新签发证书，设置 extendedKeyUsage = serverAuth。',
  'rulesTls.cert-no-server-auth-eku.missing':
    '服务器证书没有扩展密钥用法（EKU）扩展。对于 2019-07-01 起签发的证书，iOS 13 及以上要求其中包含 id-kp-serverAuth：请重新签发证书，设置 extendedKeyUsage = serverAuth。',
  'rulesTls.cert-no-server-auth-eku.without':
    '服务器证书只允许 {usages}，不包含 serverAuth。对于 2019-07-01 起签发的证书，iOS 13 及以上要求 id-kp-serverAuth：请重新签发证书，设置 extendedKeyUsage = serverAuth。',

  'rulesTls.cert-no-sct.description': '服务器证书内嵌的证书透明度 SCT 不足。',
  'rulesTls.cert-no-sct.fix': '向 CA 申请内嵌 SCT 的证书，或在握手中发送 SCT。',
  'rulesTls.cert-no-sct.none':
    '服务器证书没有内嵌签名证书时间戳（SCT）。Apple 要求公共受信任证书提供证书透明度证明（按该有效期需 {required} 个来自不同日志的内嵌 SCT，或在 TLS 握手或 OCSP 响应中发送 SCT，本探测无法看到后者）：请确认 CA 内嵌了 SCT。',
  'rulesTls.cert-no-sct.few':
    '服务器证书内嵌了 {count} 个 SCT，来自 {logs} 个不同的日志；按该有效期 Apple 要求 {required} 个，除非在 TLS 握手或 OCSP 响应中发送 SCT（本探测无法看到）。请向 CA 申请包含足够 SCT 的证书。',

  'rulesTls.http-redirect-offsite.description': '该源站重定向到另一个主机。',
  'rulesTls.http-redirect-offsite.fix': '把重定向目标加入同一名单（并检查它），或直接提供内容而不重定向。',
  'rulesTls.http-redirect-offsite.message':
    '{url} 返回 {status}，重定向到 {location}。微信精确匹配主机名，跟随重定向的请求还需要 {host} 也在 {lists} 中并具有有效证书：请添加它，或直接提供内容而不重定向。',

  'rulesTls.hsts-missing.description': '该源站没有发送 Strict-Transport-Security 头。',
  'rulesTls.hsts-missing.fix': '发送 Strict-Transport-Security: max-age=31536000。',
  'rulesTls.hsts-missing.message':
    '{url}（HTTP {status}）没有发送可用的 Strict-Transport-Security 头（实际：{header}）。请添加“Strict-Transport-Security: max-age=31536000”，让 web-view 和浏览器不再回退到明文 HTTP。',

  'rulesTls.webview-verify-file.description': '业务域名校验文件不在域名根目录，或与微信签发的内容不同。',
  'rulesTls.webview-verify-file.fix': '把微信签发的校验文件原样上传到域名根目录。',
  'rulesTls.webview-verify-file.unreachable':
    '无法获取校验文件 {url}：{reason}。微信通过它确认业务域名：请在 {host} 的根目录提供 {file}。',
  'rulesTls.webview-verify-file.status':
    '校验文件 {url} 返回 HTTP {status}（Location：{location}），而不是 200。微信通过它确认业务域名：请在 {host} 的根目录直接提供 {file}，不要重定向。',
  'rulesTls.webview-verify-file.content':
    '校验文件 {url} 的内容不符：期望“{expected}”，实际“{actual}”。请把 {file} 按微信签发的原样上传到 {host} 的根目录。',
};

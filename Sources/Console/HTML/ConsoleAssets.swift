import Hummingbird

/// The console's one stylesheet and one script, served as files so the Content-Security-Policy can forbid
/// every inline script, style and event handler (`script-src 'self'; style-src 'self'`): an injected
/// `<script>` or `onerror=` then never runs even if an escaping bug lets one through.
enum ConsoleAssets {
    static let stylePath = "/static/console.css"
    static let scriptPath = "/static/console.js"

    /// The policy on every response. `data:` images: the ratio charts' and previews' inline pictures.
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    /// The URLs pages link to: the content's hash in the query, so a browser may keep the files for a
    /// year and still fetches the new ones after an upgrade.
    static let styleURL = "\(stylePath)?v=\(fingerprint(style))"
    static let scriptURL = "\(scriptPath)?v=\(fingerprint(script))"

    static func register(on groups: RouteGroups) {
        groups.open.get(RouterPath(stylePath)) { _, _ in response(style, type: "text/css; charset=utf-8") }
        groups.open.get(RouterPath(scriptPath)) { _, _ in response(script, type: "text/javascript; charset=utf-8") }
    }

    private static func response(_ text: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "public, max-age=31536000, immutable"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// FNV-1a over the bytes: stable across runs (Swift's `hashValue` is seeded per process).
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }

    // Print rules keep the header off paper; no web fonts: the system's CJK fonts are used.
    static let style = """
        body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;margin:0;color:#222}
        header{display:flex;gap:1em;align-items:center;background:#8b1a1a;color:#fff;padding:.5em 1em;flex-wrap:wrap}
        header a{color:#fff;text-decoration:none}.brand{font-weight:bold;font-size:1.2em}nav{display:flex;gap:1em;flex:1}
        .logout{display:flex;gap:.5em;align-items:center}main{padding:1em;max-width:72em}
        table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3em;text-align:left;vertical-align:top}
        mark{background:#ffe066}.muted{color:#777}.error{color:#b00;font-weight:bold}.ok{color:#060}
        form.inline{display:inline}button{cursor:pointer}details summary{cursor:pointer}
        .warning{color:#a60}.refused{padding:2em}
        .media-preview{max-width:100%}.page-preview{max-width:240px;border:1px solid #ccc}
        @media print{header{display:none}}
        """

    /// A form marked `data-busy-on-submit` disables its button and shows its `.progress` note once sent;
    /// the month page's `#planning` section (`data-month`) polls `/month/progress` and reloads when the
    /// plan is over, with the same wording as `PlanningPages.text(_:)`.
    static let script = """
        (function () {
          "use strict";
          document.addEventListener("submit", function (event) {
            var form = event.target;
            if (!form.hasAttribute || !form.hasAttribute("data-busy-on-submit")) { return; }
            var button = form.querySelector("button"), note = form.querySelector(".progress");
            if (button) { setTimeout(function () { button.disabled = true; }, 0); }
            if (note) { note.hidden = false; }
          });
          var section = document.getElementById("planning");
          if (!section || !section.getAttribute("data-month")) { return; }
          var month = encodeURIComponent(section.getAttribute("data-month"));
          var bar = document.getElementById("plan-bar"), label = document.getElementById("plan-progress");
          function show(p) {
            bar.max = Math.max(p.total, 1); bar.value = p.done;
            label.textContent = p.stage === "preparing" ? "正在读取课件、历史和站点……"
              : p.stage === "storing" ? "已排 " + p.total + " 个站点，正在保存……"
              : "已排 " + p.done + " / " + p.total + " 个站点";
          }
          function poll() {
            fetch("/month/progress?m=" + month, {credentials: "same-origin"})
              .then(function (r) { return r.json(); })
              .then(function (job) {
                if (job.state === "running") { show(job.progress); setTimeout(poll, 500); }
                else { location.replace("/month?m=" + month); }
              })
              .catch(function () { setTimeout(poll, 2000); });
          }
          setTimeout(poll, 300);
        })();
        """
}

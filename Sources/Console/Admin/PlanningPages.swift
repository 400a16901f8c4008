import Yuanjiao

/// The month page's planning section: progress while a plan runs (a few lines of plain JavaScript poll
/// `/month/progress` and reload the page when it is done), the outcome once it is over.
enum PlanningPages {
    static func job(_ job: PlanningJobs.Job?, month: YearMonth) -> HTML {
        guard let job else { return "" }
        switch job.state {
        case .running:
            return """
                <section id="planning" class="planning"><p><strong>正在排 \(month.description) 的计划</strong>（\(job.by) 开始）：
                <span id="plan-progress">\(text(job.progress))</span></p>
                <progress id="plan-bar" max="\(max(job.progress.total, 1))" value="\(job.progress.done)"></progress>
                <p class="muted">排好后本页自动显示结果；这期间其他页面照常可用。没有自动刷新时请<a href="/month?m=\(month.description)">刷新本页</a>。</p>
                <script>\(HTML(raw: script(month)))</script></section>
                """
        case .finished:
            return "<p class=\"ok\" id=\"plan-outcome\">\(job.outcome ?? "")</p>"
        case .failed:
            return "<p class=\"error\" id=\"plan-outcome\">\(job.outcome ?? "")</p>"
        }
    }

    static func text(_ progress: PlanProgress) -> String {
        switch progress.stage {
        case .preparing: "正在读取课件、历史和站点……"
        case .planning: "已排 \(progress.done) / \(progress.total) 个站点"
        case .storing: "已排 \(progress.total) 个站点，正在保存……"
        }
    }

    /// The same wording as `text(_:)`, in the browser.
    private static func script(_ month: YearMonth) -> String {
        """
        (function () {
          var bar = document.getElementById("plan-bar"), label = document.getElementById("plan-progress");
          function show(p) {
            bar.max = Math.max(p.total, 1); bar.value = p.done;
            label.textContent = p.stage === "preparing" ? "正在读取课件、历史和站点……"
              : p.stage === "storing" ? "已排 " + p.total + " 个站点，正在保存……"
              : "已排 " + p.done + " / " + p.total + " 个站点";
          }
          function poll() {
            fetch("/month/progress?m=\(month.description)", {credentials: "same-origin"})
              .then(function (r) { return r.json(); })
              .then(function (job) {
                if (job.state === "running") { show(job.progress); setTimeout(poll, 500); }
                else { location.replace("/month?m=\(month.description)"); }
              })
              .catch(function () { setTimeout(poll, 2000); });
          }
          setTimeout(poll, 300);
        })();
        """
    }
}

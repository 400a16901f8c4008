import Yuanjiao

/// The month page's planning section: progress while a plan runs (`ConsoleAssets.script` polls
/// `/month/progress` and reloads the page when it is done), the outcome once it is over.
enum PlanningPages {
    static func job(_ job: PlanningJobs.Job?, month: YearMonth) -> HTML {
        guard let job else { return "" }
        switch job.state {
        case .running:
            return """
                <section id="planning" class="planning" data-month="\(month.description)"><p><strong>正在排 \(month.description) 的计划</strong>（\(job.by) 开始）：
                <span id="plan-progress">\(text(job.progress))</span></p>
                <progress id="plan-bar" max="\(max(job.progress.total, 1))" value="\(job.progress.done)"></progress>
                <p class="muted">排好后本页自动显示结果；这期间其他页面照常可用。没有自动刷新时请<a href="/month?m=\(month.description)">刷新本页</a>。</p></section>
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
}

/// What `yuanjiao-bench` and `yuanjiao-bench NAME --help` print: each benchmark with what it measures.
enum BenchUsage {
    static let entries: [(name: String, summary: String)] = [
        ("index", "登记 2,000 个小媒体文件，与逐个运行 ffprobe 对比；10,000 个未变文件的重新扫描"),
        ("probe", "读取媒体文件信息（时长、流），与 ffprobe 对比"),
        ("guide", "导入 100 MB 节目单，与 xmllint --stream 对比"),
        ("ingest", "节目单导入对 xmllint --stream（--guides 真实节目单，加合成的 --mb）与登记对 bare-probe.c，一次列出两个比例"),
        ("plan", "2 万条课件上为 150 个和 5,000 个站点排一个月；5,000 个站点带 11 个月历史的排课、复查、重排"),
        ("optimum", "小实例上排课的空闲与主题偏差，与整数规划最优解（scipy/HiGHS）对比；--shape awkward 换成难排的日历（月边界截断的周、回避日期、寄宿制学校），并给出最大差距与可证下界；--repack-nodes N 为每场精确重排的搜索上限（0 不重排）；--borrow-trials N 每月试 N 次从别的场次借一门课再重排两场（默认 48）；--pair-searches N 每月最多 N 次把短场次与另一场一起精确重排（默认 64，0 不做）；--pair-kicks N 没有一对能改进时最多试 N 次先填满一对再重排（默认 1）；--short-fill-trials N 每月最多试 N 种下界最低的短场次组合，其余场次围绕它重排（默认 2，0 不试）；--descents N 重排从同一起点走 N 条不同的下降路线，留最好的一条（默认 4，1 只走第一条）；--series-kicks N 下降之后最多试 N 次把一个系列一次续排两三集，再从那里下降，更低才留（默认 3，0 不试）；--fine-descents N 之后再以一秒为粒度（任何节省都要）从所留的月份下降 N 次，更低才留（默认 1，0 不做）；--pattern-bound no 不用列生成（Benchmarks/plan-bound.py）求整课下界，--pattern-time-limit 秒 为其每个实例的时限（默认 60）；--prove 秒 在远教高于下界的站点月上让 HiGHS 找比远教更好的排法，找不到即证明远教最优（每个最多这些秒），--prove-above 分钟 只在高出下界这么多以上的站点月上做；各种求解的结果按实例缓存在 --work 目录；--known 文件 用仓库里保存的参考答案（按实例编号，Benchmarks/optimum-awkward-known.json 配 --shape awkward，Benchmarks/optimum-known.json 配原来的一组）代替求解，低于本基准下界的答案整份拒收；--save-known 文件 把本次用到的参考答案（求解、列生成下界与证明合并）按实例编号写出"),
        ("optimum-show", "--instance N  第 N 个实例排成的样子（每场课程、未用课程）；N 从 1001 起是 --shape awkward 的第 N−1000 个实例"),
        ("tag", "10 万条课件中按查询批量标注 1 万条、撤销、待审核队列"),
        ("search", "10 万条课件的全文索引与 200 个查询的延迟，与 LIKE 扫描对比"),
        ("children", "150 个站点带快乐园活动排一个月（2027-01），与不带快乐园的同一个县对比"),
        ("report", "150 个站点一整年的播放记录与签到，生成全年县级报表（含四项指标；--stations 5000 为 issue 25 的目标）"),
        ("playlog", "示例县 7 个站点 10 万行播放记录的导入与再次导入（幂等），与 sqlite3 .import 对比"),
        ("survey", "5,000 个站点 10 万行需求调查表的导入，与 sqlite3 .import 对比"),
        ("startup", "10 万条课件上 search、show 整个进程的耗时，与 sqlite3 LIKE 查询对比（--binary 可测打包的程序）"),
        ("folding-table", "（不是基准）重新生成 Catalog/ 下预编译的检索折叠表"),
        ("pinyin-table", "（不是基准）重新生成 Catalog/ 下预编译的拼音读音表"),
        ("documents", "登记 200 个中文 PDF，与逐个运行 pdftotext 对比；读取 1,000 页 PDF 的峰值内存"),
        ("console-month", "150 个站点的月计划页：wrk 50 并发 p99，第二次请求广播录音（缓存）（先 swift build -c release）"),
        ("console", "10 万条课件上网页控制台检索页、审核页的延迟，wrk 50 并发，服务进程内存（先 swift build -c release）"),
    ]

    /// The whole list, or one benchmark's line when `name` is one of them.
    static func text(for name: String?) -> String {
        let head = "用法：swift run -c release yuanjiao-bench <基准> [--work 目录] [--files N] [--rescan N]"
        if let name, let entry = entries.first(where: { $0.name == name }) {
            return "用法：swift run -c release yuanjiao-bench \(entry.name) [--work 目录] [选项]\n  \(entry.summary)"
        }
        return ([head, "基准："] + entries.map { "  \($0.name.padding(toLength: 13, withPad: " ", startingAt: 0)) \($0.summary)" })
            .joined(separator: "\n")
    }
}

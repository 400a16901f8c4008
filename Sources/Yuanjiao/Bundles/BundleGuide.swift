import Foundation
import Notices

/// `说明.txt` in every bundle: in two sentences how to copy bundle and courseware so the playlists play,
/// then how to check it and what the open-day playlist does. UTF-8 with a byte-order mark and CRLF line
/// ends, so Notepad on an old Windows PC shows it right.
struct BundleGuide {
    var input: NoticeInput
    var placement: CoursewareLayout.Placement
    var withCourseware: Bool
    var renamed: [(original: String, portable: String)]

    static let fileName = "说明.txt"

    func text() -> String {
        let id = input.station.id
        let folder = CoursewareLayout.folderName
        var lines = ["\(input.county)\(input.stationName) \(input.month.chineseName)下发包", ""]
        lines.append("请先双击打开“\(id)”文件夹里的 index.html（用电脑上的浏览器，不需要网络）：那里有当天的学习安排、本月日历、公示海报和签到表，课件可以在网页里搜索和播放。")
        lines.append("交回播放记录：网页里点“导出播放记录”，把下载的 playlog-月份-网页.csv 和 yuanjiao play 写的 playlog-月份.csv 一起交回县远程办（县里用 yuanjiao playlog import 导入）。同一台电脑用同一个浏览器打开网页，记录才会保留。")
        switch placement {
        case .beside:
            lines.append("复制方法：把“\(id)”文件夹和“\(folder)”文件夹一起复制到站点电脑或U盘的同一个文件夹里，两个文件夹并排放，里面的文件名不要改。"
                + (withCourseware ? "" : "“\(folder)”文件夹就是县远程办的课件文件夹，按原来的子文件夹原样复制。")
                + (withCourseware || renamed.isEmpty ? "" : "然后把下发包旁边的“\(folder)”文件夹也复制过去、合并到同一个“\(folder)”文件夹里：其中是改了名的课件（见下面的对照），播放列表要用改过的名字才能在U盘上打开。"))
        case .inside:
            lines.append("复制方法：把整个“\(id)”文件夹复制到站点电脑或U盘上即可，课件在其中的“\(folder)”文件夹里，里面的文件名不要改。"
                + (withCourseware ? "" : "“\(folder)”文件夹需从县远程办的课件文件夹按原来的子文件夹原样复制进来。"))
        }
        lines.append("播放：用 VLC 或 PotPlayer 打开当天的 playlist-日期.m3u8（整月见 playlist.xspf）；开放日的播放列表会循环播放，覆盖全天开放时间。")
        lines.append("核对：在“\(id)”文件夹上运行 yuanjiao verify \(id)，加 --full 逐字节核对每个课件。")
        if !renamed.isEmpty {
            lines.append("")
            lines.append("以下课件的文件名含 Windows 或U盘不允许的字符，在下发包里改了名（manifest.json 的 bundlePath 记有对照）：")
            lines += renamed.map { "  \($0.original) → \($0.portable)" }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}

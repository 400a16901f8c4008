import Testing

@Suite("search and review name topics in Chinese beside their ids")
struct TopicNamesCLITests {
    @Test("search rows and review suggestions read 法律法规 law, 道德教育 ethics; the tag hint keeps the id")
    func chineseNamesBesideIds() throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        let search = try cli.run(["search", "农村土地承包法讲座"])
        #expect(search.status == 0)
        #expect(search.stdout.contains("法律法规 law"))

        let review = try cli.run(["review", "--limit", "50"])
        #expect(review.status == 0)
        #expect(review.stdout.contains("建议：道德教育 ethics（"))
        #expect(!review.stdout.contains("建议：ethics（"))
        #expect(review.stdout.contains("--topic "))
    }
}

/// Splits the month's study minutes between topics by weight, by the largest-remainder method: each topic gets
/// the whole minutes of its exact share, and the minutes left go one each to the largest fractional parts
/// (ties to the topic written first). The quotas add up to exactly `total`.
enum TopicQuota {
    static func allocate(total: Int, weights: [Double]) -> [Int] {
        let sum = weights.reduce(0) { $0 + max(0, $1) }
        guard total > 0, sum > 0 else { return weights.map { _ in 0 } }
        let exact = weights.map { Double(total) * max(0, $0) / sum }
        var quotas = exact.map { Int($0.rounded(.down)) }
        let left = total - quotas.reduce(0, +)
        let order = exact.indices.sorted {
            let a = exact[$0] - Double(quotas[$0]), b = exact[$1] - Double(quotas[$1])
            return a != b ? a > b : $0 < $1
        }
        for i in order.prefix(left) { quotas[i] += 1 }
        return quotas
    }
}

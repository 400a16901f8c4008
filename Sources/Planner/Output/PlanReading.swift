extension CodingUserInfoKey {
    /// Set (to `true`) on a `JSONDecoder` that reads stored plans only to judge what was held (the county report):
    /// each item's `why` and `reason` and each session's `materials` are skipped, not decoded. Everything the
    /// rules, the ratios and the play matching read is decoded as always.
    public static let heldJudgementOnly = CodingUserInfoKey(rawValue: "yuanjiao.plan.heldJudgementOnly")!
}

extension Decoder {
    var readsHeldJudgementOnly: Bool { userInfo[.heldJudgementOnly] as? Bool == true }
}

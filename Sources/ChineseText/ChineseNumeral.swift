// STUB (ChineseText helper replaces the body, keeps the signatures).
public enum ChineseNumeral {
    /// 十二 → 12, 一百零五 → 105, 两 → 2; Arabic digits too. nil when not a number.
    public static func value(of text: some StringProtocol) -> Int? {
        Int(text)
    }

    /// 12 → 十二, 105 → 一百零五.
    public static func spell(_ number: Int) -> String {
        String(number)
    }
}

import Foundation

/// Reads a bundle's JSON files (`manifest.json`, `plan.json`) as anything outside the county's control is
/// read: a link, a FIFO or a device is refused unopened, the size is checked before a byte is read (a 1 GB
/// manifest is refused at once), and a broken file is explained in Chinese naming the file and the key at
/// fault, never with a decoder's own description.
enum BundleJSONReading {
    /// Larger than any real plan of a month (a few hundred KB) by far; what is bigger is not ours.
    static let maximumPlanSize = 16 << 20

    static func decode<Value: Decodable>(
        _ type: Value.Type, from url: URL, limit: Int, what: String, hint: String
    ) throws(YuanjiaoError) -> Value {
        switch RegularFile.entry(url.path) {
        case .missing:
            throw YuanjiaoError(.input, "\(url.path)：找不到\(what)，\(hint)")
        case .regular:
            break
        case .directory, .symbolicLink, .other:
            throw YuanjiaoError(.input, "\(url.path)：\(what)不是普通文件（可能是文件夹、符号链接或设备），未读取，\(hint)")
        }
        let data: Data
        do {
            data = try RegularFile.read(url.path, limit: limit)
        } catch {
            throw YuanjiaoError(.input, "\(url.path)：无法读取\(what)：\(error.description)，\(hint)")
        }
        do {
            return try JSONDecoder().decode(Value.self, from: data)
        } catch let error as DecodingError {
            throw YuanjiaoError(.input, "\(url.path)：\(what)已损坏（\(ErrorText.decoding(error))），\(hint)")
        } catch {
            throw YuanjiaoError(.input, "\(url.path)：\(what)已损坏，无法读取，\(hint)")
        }
    }
}

import CLibXML2

/// Puts libxml2's reports into Chinese, keeping libxml2's own words in brackets for whoever debugs the guide.
enum XMLErrorTranslation {
    static func error(for report: XMLErrorSink.Report, path: String) -> GuideError {
        let (kind, text) = describe(report)
        return GuideError(
            kind: kind, path: path, line: report.line, column: report.column,
            message: "\(text)（libxml2：\(report.message)）")
    }

    static func warning(for report: XMLErrorSink.Report, path: String) -> GuideWarning {
        GuideWarning(
            kind: .xml, path: path, line: report.line, column: report.column == 0 ? nil : report.column,
            message: "XML 警告（libxml2：\(report.message)）")
    }

    private static func describe(_ report: XMLErrorSink.Report) -> (GuideError.Kind, String) {
        let code = xmlParserErrors(UInt32(bitPattern: report.code))
        // First: libxml2 says an oversized node in many codes (out of memory, internal error, attribute or
        // comment not finished), so the size is judged by its words. In a `.xml.gz` this is an intact file
        // with a hostile node, not a damaged download.
        if isSizeLimit(report, code: code) {
            return (.limitExceeded, "有一个节点（文本、名称或属性）超过了 libxml2 的大小上限（约 10 MB），不像真实节目单（疑似恶意构造），拒绝读取")
        }
        switch code {
        case XML_ERR_UNDECLARED_ENTITY, XML_WAR_UNDECLARED_ENTITY:
            return (.forbiddenEntity, "引用了未声明的实体；节目单不使用实体，拒绝读取")
        case XML_ERR_ENTITY_LOOP, XML_ERR_ENTITY_BOUNDARY, XML_ERR_ENTITY_PROCESSING, XML_ERR_ENTITY_NOT_FINISHED,
            XML_ERR_ENTITY_PE_INTERNAL, XML_ERR_UNPARSED_ENTITY, XML_ERR_ENTITY_IS_EXTERNAL,
            XML_ERR_ENTITY_IS_PARAMETER, XML_ERR_PEREF_NO_NAME, XML_ERR_PEREF_SEMICOL_MISSING:
            return (.forbiddenEntity, "实体引用异常（疑似实体膨胀或外部实体攻击），拒绝读取")
        case XML_ERR_INVALID_ENCODING, XML_ERR_UNSUPPORTED_ENCODING, XML_ERR_UNKNOWN_ENCODING,
            XML_ERR_MISSING_ENCODING:
            return (.encoding, "文件编码无法识别或不受支持")
        case XML_ERR_INVALID_CHAR where report.message.contains("UTF-8") || report.message.contains("encoding"):
            return (.encoding, "内容不是所声明的编码（声明 UTF-8 或未声明，字节却不是 UTF-8）")
        case XML_ERR_INVALID_CHAR:
            return (.malformed, "出现 XML 不允许的字符")
        case XML_ERR_DOCUMENT_EMPTY:
            return (.malformed, "文档为空或不是 XML")
        case XML_ERR_DOCUMENT_END, XML_ERR_EXTRA_CONTENT:
            return (.malformed, "根元素结束后还有内容")
        case XML_ERR_TAG_NAME_MISMATCH:
            return (.malformed, "结束标签与开始标签不匹配")
        case XML_ERR_TAG_NOT_FINISHED, XML_ERR_NOT_WELL_BALANCED:
            return (.malformed, "元素没有结束（文件不完整？）")
        case XML_ERR_LT_IN_ATTRIBUTE:
            return (.malformed, "属性值中出现了“<”")
        case XML_ERR_ATTRIBUTE_NOT_STARTED, XML_ERR_ATTRIBUTE_WITHOUT_VALUE, XML_ERR_STRING_NOT_CLOSED,
            XML_ERR_EQUAL_REQUIRED:
            return (.malformed, "属性写法有误（缺少“=”或引号）")
        case XML_ERR_ATTRIBUTE_REDEFINED:
            return (.malformed, "同一元素上属性重复")
        case XML_ERR_GT_REQUIRED, XML_ERR_LTSLASH_REQUIRED, XML_ERR_LT_REQUIRED:
            return (.malformed, "标签写法有误（缺少“<”或“>”）")
        case XML_ERR_NAME_REQUIRED, XML_ERR_SPACE_REQUIRED:
            return (.malformed, "标签或属性名写法有误")
        case XML_ERR_ENTITYREF_SEMICOL_MISSING, XML_ERR_INVALID_DEC_CHARREF, XML_ERR_INVALID_HEX_CHARREF:
            return (.malformed, "“&”后面不是合法的字符引用（裸露的 & 要写成 &amp;）")
        case XML_ERR_COMMENT_NOT_FINISHED, XML_ERR_HYPHEN_IN_COMMENT:
            return (.malformed, "注释写法有误")
        case XML_ERR_XMLDECL_NOT_FINISHED, XML_ERR_RESERVED_XML_NAME:
            return (.malformed, "XML 声明写法有误")
        default:
            return (.malformed, "XML 格式错误")
        }
    }

    static func isSizeLimit(_ report: XMLErrorSink.Report, code: xmlParserErrors) -> Bool {
        if code == XML_ERR_NAME_TOO_LONG { return true }
        let message = report.message.lowercased()
        return ["huge", "too long", "too big", "too large", "overflow"].contains { message.contains($0) }
    }
}

/// The toneless Mandarin syllables, spelled as the readings table spells them (v for ü).
enum PinyinSyllables {
    // Every syllable of Catalog/pinyin-readings.txt except the bare nasals (m, n, ng, hm, hng), which
    // would make every m and n of a query ambiguous; plus lue and nue, the spellings most keyboards
    // accept for lüe and nüe (the tokenizer emits them beside lve and nve).
    static let all: Set<String> = Set(
        """
        a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bu
        ca cai can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai
        chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian
        diao die din ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou
        fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao
        he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju
        juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan
        kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian liang liao lie lin ling liu lo long lou lu
        luan lue lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan
        nang nao ne nei nen neng ni nia nian niang niao nie nin ning niu nong nou nu nuan nue nun nuo nv nve o ou pa pai
        pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang
        qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui
        run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua
        shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian
        tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wong wu xi xia
        xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue
        yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua
        zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    static let longest = 6

    /// Letters that stand alone as an abbreviated syllable (its initial): not i, u, v, which start none.
    static func isInitial(_ letter: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(letter)
            && letter != UInt8(ascii: "i") && letter != UInt8(ascii: "u") && letter != UInt8(ascii: "v")
    }

    /// The spelling with u for ü (lv → lu, nve → nue), or nil when the syllable has no ü.
    static func uSpelling(of syllable: String) -> String? {
        // Bytes, not `contains("v")`: with Foundation imported that is a locale-aware search, and the pinyin
        // table asks it for every reading of every character at start-up.
        guard syllable.utf8.contains(UInt8(ascii: "v")) else { return nil }
        return String(syllable.map { $0 == "v" ? "u" : $0 })
    }
}

"""Phrase data for the demo texts: channels, places, names, report templates and handling notes.

Templates are data, one per line (no spaces, so long Chinese lines stay ruff-clean); slots
such as {road} or {place} are filled from one dict per report so that title, description
and address tell the same story. The functions that use them live in server.demo.texts.
"""

from __future__ import annotations

CHANNEL_ACTORS = {
    "hotline_12345": "12345热线",
    "grid": "网格化服务管理中心",
    "river_patrol": "河长App",
    "video": "视频智能分析平台",
    "city": "市指挥中心",
    "open311": "Open311接口",
}
CHANNEL_WEIGHTS = {
    "hotline_12345": 40,
    "grid": 22,
    "video": 12,
    "river_patrol": 8,
    "city": 8,
    "open311": 10,
}
# What each channel typically reports (hotline callers report anything).
CHANNEL_CATEGORIES: dict[str, list[str]] = {
    "grid": (
        "street_vending garbage garbage illegal_building road_damage manhole street_light "
        "fire_hazard public_order air_pollution property social_aid"
    ).split(),
    "river_patrol": "water_pollution water_pollution river_debris river_debris".split(),
    "video": "street_vending street_vending garbage fire_hazard public_order river_debris".split(),
    "city": (
        "noise air_pollution water_pollution food_safety price property gas_leak policy "
        "suggestion road_damage"
    ).split(),
    "open311": "road_damage street_light manhole garbage noise suggestion".split(),
}
# category: (share of emergencies, share of urgent cases); the rest are normal.
URGENCY_ODDS = {
    "gas_leak": (0.55, 0.3),
    "fire_hazard": (0.3, 0.3),
    "manhole": (0.05, 0.35),
    "public_order": (0.03, 0.2),
    "water_pollution": (0.02, 0.2),
    "social_aid": (0.0, 0.15),
    "policy": (0.0, 0.0),
    "suggestion": (0.0, 0.0),
    "health_service": (0.0, 0.0),
}
RIVER_CATEGORIES = frozenset({"water_pollution", "river_debris"})

# None of these contains the name of a street, so the server detects the right street.
ROADS = (
    "工农路 人民中路 人民东路 青年中路 青年东路 青年西路 崇川路 跃龙路 通甫路 城港路 长江中路 "
    "濠西路 濠东路 濠南路 濠北路 南大街 环城西路 孩儿巷北路 世纪大道 姚港路 洪江路 园林路 "
    "桃坞路 易家桥路 江通路 啬园路 紫琅路 北濠东路"
).split()
RIVERS = "金通河 金通河 濠河 通吕运河 海港引河 城山河 姚港河 团结河".split()
BRIDGES = "跃龙桥 城山桥 端平桥 长桥 友谊桥 北濠桥 江山桥 通甫桥".split()
PLACES = (
    "建华新村 北濠新村 城中花园 海港新村 中南世纪城 万濠华府 濠西园 桃园新村 八仙城 "
    "南大街商业区 天安花园 盛和花苑 金色家园 怡景湾 启秀菜场 文化宫站"
).split()
SHOPS = "小吃店 烧烤店 面馆 便利店 五金店 汽修店 水果店 火锅店 理发店 棋牌室".split()
TIMES = (
    "凌晨2点 凌晨1点多 晚上10点以后 晚上11点左右 每天早上6点左右 中午12点左右 "
    "今天下午3点左右 近一周以来每天晚上 周末夜间"
).split()
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰海燕鹏飞晓东慧俊峰婷"
MOBILE_PREFIXES = (
    "130 131 132 133 135 136 137 138 139 150 151 152 155 156 158 159 177 180 181 185 186 "
    "187 188 189 199"
).split()

# code: ("title|title|…", detail, detail, …); details describe what the reporter saw.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "street_vending": (
        "{road}{no}号门口流动摊贩占道经营|{place}周边夜间摊点占用人行道|{road}与{road2}交叉口早点摊占道",
        "{road}{no}号门口{time}有{n}个流动摊贩摆摊卖水果、烧烤，占用人行道和非机动车道，行人只能绕行机动车道，存在安全隐患。",
        "{place}门口每天傍晚聚集{n}家夜宵摊，桌椅一直摆到马路上，油烟大、垃圾多，收摊后满地狼藉。",
        "{road}与{road2}交叉口早上有早点摊占道经营，三轮车停在路口影响通行，多次劝离后又回来。",
    ),
    "garbage": (
        "{place}垃圾清运不及时|{road}{no}号附近建筑垃圾乱堆|{place}垃圾分类亭垃圾满溢",
        "{place}东门的垃圾桶已经{n}天没人清运，垃圾满溢、臭味很大，蚊蝇滋生，影响居民生活。",
        "{road}{no}号旁绿化带内有人偷倒装修垃圾，约{n}立方米，已堆了一周无人清理。",
        "{place}{bld}幢旁的垃圾分类投放亭满溢，周边散落大量生活垃圾，保洁人员不到位。",
    ),
    "illegal_building": (
        "{place}{bld}幢顶楼违章搭建|{road}{no}号沿街商户违规搭建彩钢棚|{place}一楼住户私自扩建院墙",
        "{place}{bld}幢顶楼住户正在搭建阳光房，约{sqm}平方米，施工噪声大，担心影响楼体安全，请执法部门查处。",
        "{road}{no}号沿街商户在门前违规搭建彩钢棚，占用公共通道约{sqm}平方米。",
        "{place}{bld}幢一楼住户私自扩建院墙，圈占公共绿地，邻居多次反映未果。",
    ),
    "road_damage": (
        "{road}{no}号附近路面坑洞|{road}非机动车道坑洼不平|{road}与{road2}交叉口人行道破损",
        "{road}{no}号门口机动车道出现一处坑洞，直径约{n}0厘米，夜间电动车经过容易摔倒。",
        "{road}非机动车道约{m}米路段路面开裂、坑洼不平，雨天积水严重，骑行很危险。",
        "{road}与{road2}交叉口人行道地砖松动破损{n}处，老人经过容易绊倒。",
    ),
    "manhole": (
        "{road}{no}号附近窨井盖缺失|{place}门口窨井盖破损下沉|{road}人行道雨水井盖松动",
        "{road}{no}号门口人行道上一只窨井盖缺失，井口敞开，路人用树枝临时围挡，夜间极易发生坠落事故，请立即处置。",
        "{place}门口的污水井盖破裂下沉，车辆压过发出很大响声，存在安全隐患。",
        "{road}人行道雨水井盖松动，踩上去会翘起，附近有学校，学生上下学经过很危险。",
    ),
    "street_light": (
        "{road}路灯不亮|{place}周边路灯成片熄灭|{road}{no}号路灯白天常亮",
        "{road}从{road2}路口往北约{m}米路段{n}盏路灯不亮，晚上一片漆黑，行人和电动车通行不安全。",
        "{place}周边路灯已熄灭{n}天，居民夜间出行只能打手电。",
        "{road}{no}号附近路灯白天一直亮着，浪费电，请相关部门检修。",
    ),
    "noise": (
        "{place}旁工地夜间施工噪声扰民|{road}{no}号商铺音响噪声扰民|{place}广场舞音量过大",
        "{place}旁的工地{time}还在施工，打桩机噪声很大，严重影响周边居民休息，请查处是否办理夜间施工许可。",
        "{road}{no}号一家{shop}门口摆放大音箱播放促销广告，音量很大，从早到晚不停。",
        "{place}中心广场每天晚上广场舞音量过大，一直持续到晚上10点以后，老人小孩无法休息。",
    ),
    "air_pollution": (
        "{road}{no}号餐饮油烟扰民|{place}周边工地扬尘严重|{road}附近露天焚烧垃圾",
        "{road}{no}号一家{shop}未安装油烟净化设施，油烟直排到居民楼，楼上住户无法开窗。",
        "{place}附近工地土方未覆盖，渣土车进出不冲洗，道路扬尘严重。",
        "{road}附近空地{time}有人露天焚烧垃圾和塑料，气味刺鼻，浓烟很大。",
    ),
    "water_pollution": (
        "{river}{bridge}附近河水发黑发臭|{river}{bridge}排口异常排放|{river}{bridge}下游水面油污",
        "{river}{bridge}附近河水发黑发臭，岸边可见死鱼{n}条，疑似有生活污水直排。",
        "{river}{bridge}南侧一处雨水排口{time}有浑浊污水排入河道，颜色发白，有异味。",
        "{river}{bridge}下游约{m}米水面出现大片油污，疑似上游有餐饮或汽修店偷排。",
    ),
    "river_debris": (
        "{river}{bridge}段河面漂浮物较多|{river}{bridge}段水葫芦蔓延|{river}{bridge}附近河岸倾倒垃圾",
        "{river}{bridge}段河面漂浮大量塑料瓶、泡沫和落叶，约{sqm}平方米，影响河道景观。",
        "{river}{bridge}至下游约{m}米河段水葫芦大面积蔓延，已覆盖半个河面，需组织打捞。",
        "{river}{bridge}附近河岸有人倾倒生活垃圾和建筑垃圾，部分已滑入水中。",
    ),
    "gas_leak": (
        "{place}{bld}幢楼道闻到燃气味|{road}{no}号餐馆疑似燃气泄漏|{road}施工疑似挖破燃气管道",
        "{place}{bld}幢{unit}单元楼道内燃气味很重，已持续半小时，住户不敢开灯，请立即派人处置。",
        "{road}{no}号一家{shop}后厨燃气味明显，店内已停止营业，请燃气公司和相关部门到场排查。",
        "{road}与{road2}交叉口施工作业疑似挖破燃气管道，现场有嘶嘶声和刺鼻气味，周边已有人员疏散。",
    ),
    "fire_hazard": (
        "{place}{bld}幢楼道电动车充电|{road}{no}号群租房消防隐患|{place}消防通道被占用",
        "{place}{bld}幢{unit}单元一楼楼道内停放{n}辆电动车并私拉电线充电，存在严重火灾隐患。",
        "{road}{no}号三楼被改成群租房，隔成{n}个小间，住了十几个人，没有灭火器，消防隐患很大。",
        "{place}消防通道长期被私家车占用，消防车无法通行，物业不管。",
    ),
    "food_safety": (
        "{road}{no}号{shop}卫生条件差|{place}附近超市销售过期食品|{road}一家{shop}疑似无证经营",
        "{road}{no}号一家{shop}后厨卫生条件很差，{time}吃完后家里{n}人出现腹泻症状，请市场监管部门检查。",
        "在{place}附近超市购买的牛奶已过保质期，商家拒绝退换。",
        "{road}一家{shop}无营业执照和健康证，在居民楼下加工熟食。",
    ),
    "price": (
        "{place}健身房预付卡退费难|{road}{no}号{shop}结账多收费|{place}停车收费不合理",
        "在{place}附近一家健身房办了预付卡，现在商家关门，卡内余额{n}千元无法退还。",
        "{road}{no}号一家{shop}标价与结账价格不一致，多收费用，商家拒不退还差价。",
        "{place}地下停车场收费标准未公示，停车{n}小时收费明显高于规定标准。",
    ),
    "public_order": (
        "{road}{no}号附近深夜聚众喧闹|{place}周边有人非法揽客|{road}{no}号棋牌室疑似赌博",
        "{road}{no}号附近{time}经常有人聚集饮酒喧闹、打架，居民很害怕，请加强巡逻。",
        "{place}出口有人非法拉客揽客，纠缠行人，秩序混乱。",
        "{road}{no}号一楼棋牌室每天通宵营业，进出人员复杂，疑似聚众赌博。",
    ),
    "property": (
        "{place}物业不作为|{place}{bld}幢电梯频繁故障|{place}物业擅自上调物业费",
        "{place}{bld}幢楼顶漏水，找物业多次未维修，家里墙面已发霉。",
        "{place}{bld}幢电梯本月已故障{n}次，有老人被困，物业一直拖着不更换配件。",
        "{place}物业未经业主大会同意擅自上调物业费，业主意见很大。",
    ),
    "health_service": (
        "咨询流感疫苗接种时间|{road}{no}号诊所收费不透明|咨询家庭医生签约办理",
        "市民咨询{place}附近社区卫生服务中心流感疫苗接种时间和预约方式。",
        "{road}{no}号一家诊所看病收费不透明，医生态度恶劣，要求核查。",
        "市民想为家中{age}岁的老人签约家庭医生，咨询办理流程和所需材料。",
    ),
    "social_aid": (
        "{place}独居老人生活困难求助|困难家庭申请临时救助|{place}附近有流浪人员需救助",
        "{place}{bld}幢独居老人{age}岁，行动不便，无人照料，家中断粮，请求社区和民政部门帮助。",
        "来电人家中{n}口人，丈夫重病住院，没有收入来源，咨询申请低保和临时救助。",
        "{place}附近桥洞下有一名流浪人员，天气转冷，衣着单薄，请求救助站接送。",
    ),
    "policy": (
        "咨询公积金提取政策|咨询老旧小区加装电梯补贴|咨询新生儿落户办理",
        "市民咨询在崇川区购买首套房提取住房公积金的条件和所需材料。",
        "{place}{bld}幢居民咨询老旧小区加装电梯的审批流程和补贴标准。",
        "市民咨询新生儿落户需要准备哪些材料、在哪个派出所办理。",
    ),
    "suggestion": (
        "建议{road}增设非机动车停放点|建议{place}周边增设公交站点|建议{river}沿岸增设休闲设施",
        "{road}{no}号附近共享单车乱停放严重，建议增设非机动车停放点并施划停车线。",
        "{place}周边居民较多，出行不便，建议增设公交站点或调整线路。",
        "{river}沿岸步道缺少座椅和照明，建议增设休闲设施，方便市民晚间散步。",
    ),
}


def _split(joined: str) -> list[str]:
    """Short phrases kept on one line, separated by |."""
    return joined.split("|")


# What a camera's analytics names when it raises an alert, per category.
VIDEO_EVENTS = {
    "street_vending": "流动摊贩占道经营",
    "garbage": "暴露垃圾堆积",
    "fire_hazard": "楼道疑似烟雾",
    "public_order": "人员异常聚集",
    "river_debris": "河面漂浮物",
}
OPEN311_TITLES = {
    "road_damage": "Pothole on {road}",
    "street_light": "Streetlight out near {road}",
    "manhole": "Missing manhole cover",
    "garbage": "Illegal dumping",
    "noise": "Noise complaint (night)",
    "suggestion": "Suggestion: more bike parking",
}
HOTLINE_OPENINGS = _split(
    "市民来电反映：|市民{caller}来电反映：|市民通过12345网站留言反映：|来电人称："
)
HOTLINE_DEMANDS = _split(
    "希望相关部门尽快处理。|要求尽快处理并回复。|已多次反映未解决，请督促处理。|"
)
GRID_CLOSINGS = _split(
    "已拍照取证，现上报。|现场已劝导，未整改，现上报处置。|已告知社区，请相关部门处置。"
)

# Handling notes a department writes when it reports the result, by department code.
RESOLVE_NOTES = {
    "urban": (
        "已安排执法队员到场处置，摊贩已劝离，现场已恢复。",
        "已联系环卫作业单位清运完毕，并加强日常巡查。",
        "已对当事人下达限期整改通知书，现已自行拆除。",
        "已安排路灯所检修，故障灯具已更换，恢复照明。",
    ),
    "housing": (
        "已安排养护单位对破损路面进行修补，现已恢复通行。",
        "已补装窨井盖并设置警示标志，隐患已消除。",
        "已约谈物业公司，责令限期整改，业主已确认。",
    ),
    "ecology": (
        "已到场检查，责令商户安装油烟净化设施并限期整改。",
        "已对工地下达整改通知，落实覆盖和冲洗措施，扬尘明显好转。",
        "经监测噪声超标，已责令施工单位停止夜间施工。",
    ),
    "water": (
        "已组织保洁队伍打捞河面漂浮物约{n}吨，河面已清洁。",
        "已排查排口并封堵，通知责任单位整改，水质将持续监测。",
    ),
    "emergency": (
        "已会同燃气公司到场处置，关闭阀门并完成检修，隐患已排除。",
        "已联合消防救援大队检查，责令清理楼道电动车，隐患已整改。",
    ),
    "police": (
        "已安排辖区派出所加强夜间巡逻，现场秩序已恢复。",
        "已对相关场所检查，未发现违法行为，已做好登记。",
    ),
    "market": (
        "已到店检查，责令停业整改并立案调查。",
        "经调解商家已同意退款，消费者表示认可。",
    ),
    "health": (
        "已电话答复市民，告知接种时间与预约方式。",
        "已核实情况并约谈诊所负责人，责令整改。",
    ),
    "civil": (
        "已联系社区上门走访，落实临时救助并纳入重点关怀对象。",
        "已电话答复市民相关政策规定及办理流程，市民表示清楚。",
        "已联系救助站将流浪人员接至站内安置。",
    ),
}
RETURN_WRONG = _split(
    "非本部门职责，建议转{dept}办理。|经现场核实，该问题属{dept}职责范围，申请退回改派。"
)
RETURN_OTHER = _split(
    "地址不详，无法核实，请补充具体位置。|诉求人电话无法接通，问题描述不清，无法开展处置。"
)
SIGN_NOTES = _split(
    "已签收，安排专人办理。|已签收，已派执法中队赶赴现场。|签收，将于今日内到场核查。|"
)
VERIFY_PASS = _split("经现场核查，问题已解决，予以结案。|经视频复核，现场已恢复，同意结案。|")
VERIFY_FAIL = _split("现场核查问题仍然存在，退回返工。|处置结果与诉求不符，请重新办理。")
CALLBACK_OK = _split("回访市民，对处理结果满意。|回访市民，表示基本满意。")
CALLBACK_BAD = _split("回访市民表示问题反复出现，不满意。|回访市民称无人到现场处理，不满意。")
REOPEN = ["回访不满意，重新交办返工。"]
PARK = _split("涉及历史遗留问题，需多部门协调，报请挂账。|需纳入年度改造计划统一实施，申请挂账。")
EXTENSION = _split("需协调管线产权单位联合施工，申请延期。|需走政府采购程序，申请延期。")
REJECT_EXTENSION = ["延期理由不充分，请按原时限办结。"]
URGE = _split("请抓紧办理，按时反馈。|该件已超时，请加快处置并说明原因。")
VOID = _split("重复来电，已在前件中处理。|无效来电，不予受理。|非政府职能范围，已向市民做好解释。")
# The note a step usually carries, by action (resolve notes go by department).
ACTION_NOTES = {
    "dispatch": ["请按职责处置。"],
    "sign": SIGN_NOTES,
    "return": RETURN_WRONG,
    "verify_pass": VERIFY_PASS,
    "verify_fail": VERIFY_FAIL,
    "callback": CALLBACK_OK,
    "reopen": REOPEN,
    "park": PARK,
    "unpark": ["协调事项已落实，恢复办理。"],
    "void": VOID,
    "request_extension": EXTENSION,
    "approve_extension": ["同意延期。"],
    "reject_extension": REJECT_EXTENSION,
    "urge": URGE,
}

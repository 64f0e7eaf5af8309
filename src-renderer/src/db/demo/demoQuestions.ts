// Demo question list (询问提纲) of the green-mine inquiry: planned questions from the inquiry's askers
// to its units, in the order they are asked. Askers and units are demo keys; the loader turns them into
// ids and takes each question's respondent from the activity's units. Places and facts are invented.

export interface DemoQuestion {
  askerKey: string;
  unitKeys: string[];
  text: string;
}

export const DEMO_QUESTIONS: DemoQuestion[] = [
  {
    askerKey: 'member-05',
    unitKeys: ['natural-resources'],
    text: '我县锂云母开采规模逐年扩大，但全县在产矿山中进入省级绿色矿山名录的仍是少数，部分存量矿山离绿色矿山建设标准差距较大。请问县自然资源局对存量矿山达标创建有没有明确的时间表，对到期仍不达标的矿山将如何处理？',
  },
  {
    askerKey: 'member-06',
    unitKeys: ['natural-resources'],
    text: '锂电新能源是我县首位产业，锂云母资源是产业发展的基础。请问县自然资源局在编制矿产资源规划和出让采矿权时，如何统筹资源开发与生态保护红线、永久基本农田保护，避免出现重开发轻保护、一哄而上的问题？',
  },
  {
    askerKey: 'member-02',
    unitKeys: ['natural-resources'],
    text: '全县历史遗留废弃矿山点多面广，生态修复任务很重。目前修复资金主要依靠上级项目，县级配套和社会资本投入明显不足，矿山地质环境治理恢复基金的提取和使用也不够透明。请问下一步如何拓宽修复资金渠道，确保专款专用、按期完成修复任务？',
  },
  {
    askerKey: 'deputy-06',
    unitKeys: ['natural-resources', 'forestry'],
    text: '桥西乡有矿山企业在采矿许可范围外超范围剥离，占用了周边的生态公益林，群众看着成片的林子被毁，心里很不是滋味。请问县自然资源局、县林业局对矿山占用林地是如何审批和核查的，被毁林地下一步如何恢复？',
  },
  {
    askerKey: 'member-13',
    unitKeys: ['forestry'],
    text: '部分矿山开采结束后只是简单撒草复绿，树种单一、成活率低，一两年后又出现大面积裸露。请问县林业局在矿山生态修复中如何做好植被恢复的技术指导和验收把关，怎样确保修复一片、成林一片？',
  },
  {
    askerKey: 'deputy-02',
    unitKeys: ['natural-resources'],
    text: '潭山镇一些偏远山场时常有人夜间私挖乱采锂云母矿石，群众举报后往往查处不及时，过一段时间又死灰复燃。请问县自然资源局在打击非法采矿方面如何与乡镇、公安等部门联动，怎样建立长效机制防止非法开采反弹？',
  },
  {
    askerKey: 'deputy-01',
    unitKeys: ['ecology'],
    text: '新庄镇桥头村紧邻几处锂云母露天采场，爆破和破碎作业产生的粉尘很大，晴天时村里的房顶、菜地都落着一层灰，群众反映强烈。请问县生态环境局对矿区周边扬尘是如何监测和执法的，对整改不到位的企业有什么具体的处罚措施？',
  },
  {
    askerKey: 'member-13',
    unitKeys: ['ecology', 'water'],
    text: '我们在调研中发现，部分矿区雨污分流不彻底，选矿废水和淋溶水存在直排现象，个别河段水体浑浊、悬浮物超标。请问县生态环境局、县水利局在矿区周边水质监测和入河排污口管理上是如何分工协作的，下一步有什么具体举措？',
  },
  {
    askerKey: 'member-06',
    unitKeys: ['ecology'],
    text: '矿区周边部分农田长期受选矿废水和尾砂影响，出现土壤板结、稻谷减产等问题，农民群众意见较大。请问县生态环境局是否对矿区周边农用地土壤开展过污染状况调查，对受影响的农田有什么治理和补偿措施？',
  },
  {
    askerKey: 'member-14',
    unitKeys: ['water'],
    text: '新庄镇几个采矿项目在建设期剥离了大量表土，排土场边坡长期裸露，一下大雨就有泥沙冲进农田和沟渠。请问县水利局对矿山水土保持方案的审批和落实是如何跟踪监管的，对未按方案落实水保措施的企业有没有依法查处？',
  },
  {
    askerKey: 'deputy-01',
    unitKeys: ['water'],
    text: '新庄镇部分矿区开采后，附近几个村的水井出水量明显减少，有的山塘也因泥沙淤积蓄水能力下降，影响了农田灌溉和群众饮水。请问县水利局对这一问题有没有开展调查评估，下一步如何保障矿区周边群众的用水安全？',
  },
  {
    askerKey: 'deputy-08',
    unitKeys: ['emergency'],
    text: '石市镇上坪村上游有一座选矿尾矿库，离村民居住区不到两公里，每到汛期群众都提心吊胆。请问县应急管理局对全县尾矿库的安全状况掌握得怎么样，汛期巡查和监测预警是怎样落实的，下游群众的应急撤离预案是否已经演练到位？',
  },
  {
    askerKey: 'member-05',
    unitKeys: ['emergency'],
    text: '露天采场高陡边坡是矿山安全的重大风险点。我们在现场看到，个别矿山台阶高度、坡面角不符合设计要求，边坡监测设施形同虚设。请问县应急管理局今年对露天矿山边坡开展了几轮专项检查，发现的隐患整改销号情况如何？',
  },
  {
    askerKey: 'member-14',
    unitKeys: ['emergency', 'industry'],
    text: '我县部分小型锂云母矿山开采方式粗放、安全投入不足，从业人员安全培训不到位，存在较大安全隐患。请问县应急管理局、县工业和信息化局在推动小散矿山整合提升、淘汰落后开采工艺方面有什么具体举措？',
  },
  {
    askerKey: 'member-02',
    unitKeys: ['industry'],
    text: '锂云母提锂过程中产生大量锂渣和尾砂，目前综合利用率不高，大多堆存处置，既占用土地又存在环境隐患。请问县工业和信息化局在推动锂渣、尾砂资源化利用和企业绿色化改造方面有哪些扶持政策，下一步如何引导企业走绿色发展之路？',
  },
  {
    askerKey: 'deputy-16',
    unitKeys: ['industry'],
    text: '石市镇通往选矿厂的乡村公路每天有上百辆矿石运输车通行，超载、抛洒现象突出，路面压坏了修、修好了又压坏，合作社的果蔬外运也受到影响。请问县工业和信息化局如何督促涉矿企业规范运输、承担道路维护责任？',
  },
];

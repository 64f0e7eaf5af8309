// Demo directory: the people of a county standing committee's inquiry and evaluation.
// Every name, company and village here is invented; titles follow the county's real structure.
import type { PersonCategory, PersonInput } from '../../domain/directory/person';

/** A person of the demo, with a stable ASCII key that activities use to refer to them. */
export type DemoPerson = PersonInput & { key: string };

function person(category: PersonCategory, group: string | null) {
  return (key: string, name: string, title: string, phone = ''): DemoPerson => ({
    key,
    name,
    title,
    category,
    groups: group === null ? [] : [group],
    phone,
  });
}

const committee = person('常委会组成人员', '常委会组成人员');
const deputy = person('人大代表', '人大代表');
const official = person('政府及部门负责人', null);
const staff = person('工作人员', null);
const client = person('服务对象', '服务对象');

/** 常委会组成人员: 主任, 4 副主任, 秘书长 and 22 委员. */
const COMMITTEE: DemoPerson[] = [
  committee('director', '钟国平', '县人大常委会主任'),
  committee('vice-director-01', '黄振华', '县人大常委会党组副书记、副主任'),
  committee('vice-director-02', '胡春梅', '县人大常委会副主任'),
  committee('vice-director-03', '漆建军', '县人大常委会副主任'),
  committee('vice-director-04', '熊文斌', '县人大常委会副主任'),
  committee('secretary-general', '邹立新', '县人大常委会秘书长', '13979500106'),
  committee('member-01', '罗志刚', '县人大常委会委员、县人大法制委员会主任委员'),
  committee('member-02', '晏小华', '县人大常委会委员、县人大财政经济委员会主任委员', '13979500112'),
  committee('member-03', '付丽萍', '县人大常委会委员、县人大常委会预算工作委员会主任'),
  committee('member-04', '袁卫东', '县人大常委会委员、县人大教育科学文化卫生委员会主任委员'),
  committee('member-05', '喻建平', '县人大常委会委员、县人大城乡建设环境保护委员会主任委员', '13979500115'),
  committee('member-06', '刘桂英', '县人大常委会委员、县人大农业农村委员会主任委员'),
  committee('member-07', '谢海涛', '县人大常委会委员、县人大社会建设委员会主任委员'),
  committee('member-08', '聂红梅', '县人大常委会委员、县人大监察和司法委员会主任委员'),
  committee('member-09', '陈立军', '县人大常委会委员、县人大常委会代表工作委员会主任'),
  committee('member-10', '汤永明', '县人大常委会委员、县人大常委会选举任免联络工作委员会主任'),
  committee('member-11', '吴慧玲', '县人大常委会委员、县人大常委会研究室主任'),
  committee('member-12', '杨光辉', '县人大常委会委员、县人大财政经济委员会副主任委员'),
  committee('member-13', '周晓燕', '县人大常委会委员、县人大城乡建设环境保护委员会副主任委员'),
  committee('member-14', '邓志勇', '县人大常委会委员、新庄镇人大主席'),
  committee('member-15', '彭国强', '县人大常委会委员、潭山镇人大主席'),
  committee('member-16', '龚淑芬', '县人大常委会委员、芳溪镇人大主席'),
  committee('member-17', '冷建新', '县人大常委会委员、澄塘镇人大主席'),
  committee('member-18', '李文华', '县人大常委会委员、县总工会副主席'),
  committee('member-19', '张明辉', '县人大常委会委员、县律师协会会长'),
  committee('member-20', '况丽华', '县人大常委会委员、宜丰中学副校长'),
  committee('member-21', '朱卫民', '县人大常委会委员、县人民医院副院长'),
  committee('member-22', '曾庆林', '县人大常委会委员、县农业技术推广中心主任'),
];

/** 县人大代表: their 职务 is their day job. */
const DEPUTIES: DemoPerson[] = [
  deputy('deputy-01', '帅光明', '新庄镇桥头村党支部书记、村委会主任', '15879500201'),
  deputy('deputy-02', '巫玉兰', '潭山镇石溪村党支部书记'),
  deputy('deputy-03', '卢春生', '芳溪镇下屋村村委会主任'),
  deputy('deputy-04', '温建平', '同安乡龙岗村党支部书记'),
  deputy('deputy-05', '游小军', '澄塘镇路口村党支部书记', '15879500205'),
  deputy('deputy-06', '廖海燕', '桥西乡东山村党支部书记'),
  deputy('deputy-07', '蔡德胜', '花桥乡白水村村委会主任'),
  deputy('deputy-08', '肖永红', '石市镇上坪村党支部书记'),
  deputy('deputy-09', '涂志华', '新昌镇城南社区党委书记'),
  deputy('deputy-10', '邱美玲', '宜丰县禾香米业有限公司总经理', '15879500210'),
  deputy('deputy-11', '万国华', '宜丰县竹乡家具有限公司董事长'),
  deputy('deputy-12', '姚建英', '宜丰县人民医院护士长'),
  deputy('deputy-13', '钱立平', '宜丰县第二中学教师'),
  deputy('deputy-14', '贺俊杰', '江西宜新律师事务所律师'),
  deputy('deputy-15', '蒋秀英', '潭山镇卫生院院长'),
  deputy('deputy-16', '潘红兵', '石市镇绿野果蔬专业合作社理事长'),
  deputy('deputy-17', '夏云峰', '宜丰县顺达运输有限公司经理'),
  deputy('deputy-18', '魏丽娟', '新庄镇个体工商户'),
  deputy('deputy-19', '段志明', '同安乡中心小学校长'),
  deputy('deputy-20', '程金龙', '澄塘镇农机专业合作社理事长'),
];

/** The 分管副县长 and the heads of every unit of the demo activities. */
const OFFICIALS: DemoPerson[] = [
  official('vice-mayor-01', '孙建华', '县人民政府副县长'),
  official('vice-mayor-02', '郭晓东', '县委常委、县人民政府副县长'),
  official('vice-mayor-03', '何雪芳', '县人民政府副县长'),
  official('head-development-reform', '黎志远', '县发展和改革委员会主任'),
  official('head-administrative-approval', '简红霞', '县行政审批局局长'),
  official('head-market-regulation', '易国栋', '县市场监督管理局局长'),
  official('head-housing', '严学文', '县住房和城乡建设局局长'),
  official('head-natural-resources', '丁振宇', '县自然资源局局长', '13979500301'),
  official('head-taxation', '石明亮', '县税务局局长'),
  official('head-human-resources', '戴晓琴', '县人力资源和社会保障局局长'),
  official('head-public-security', '任建国', '县公安局局长'),
  official('head-ecology', '施伟', '县生态环境局局长', '13979500302'),
  official('head-transport', '毛永胜', '县交通运输局局长'),
  official('head-finance', '傅兰芳', '县财政局局长'),
  official('head-commerce', '葛志平', '县商务局局长'),
  official('head-power-supply', '龙海波', '国网宜丰县供电公司总经理'),
  official('head-medical-insurance', '陶丽君', '县医疗保障局局长'),
  official('head-justice', '雷振兴', '县司法局局长'),
  official('head-industrial-park', '文建辉', '宜丰工业园区管委会主任'),
  official('head-emergency', '章国良', '县应急管理局局长', '13979500303'),
  official('head-industry', '范志诚', '县工业和信息化局局长'),
  official('head-forestry', '郑宏斌', '县林业局局长'),
  official('head-water', '梁德明', '县水利局局长'),
];

/** Staff of the 常委会办公室 who run the app. */
const STAFF: DemoPerson[] = [
  staff('staff-01', '欧阳慧', '县人大常委会办公室主任', '18679500401'),
  staff('staff-02', '敖小琴', '县人大常委会办公室秘书', '18679500402'),
  staff('staff-03', '江涛', '县人大常委会办公室综合科科员'),
];

/** 服务对象: company heads who rate the units in the business-environment evaluation. */
const CLIENTS: DemoPerson[] = [
  client('client-01', '赵宇航', '江西宜锂新能源科技有限公司总经理', '15879500501'),
  client('client-02', '高雅琴', '宜丰县恒源锂电材料有限公司董事长'),
  client('client-03', '田志坚', '江西丰能电池科技有限公司副总经理'),
  client('client-04', '陆文韬', '宜丰县云母新材料有限公司总经理', '15879500504'),
  client('client-05', '金晓峰', '江西宜丰精密陶瓷新材料有限公司董事长'),
  client('client-06', '崔红艳', '宜丰县绿谷生态农业有限公司总经理'),
  client('client-07', '秦建峰', '宜丰县山岚茶业有限公司董事长'),
  client('client-08', '许国庆', '宜丰县竹海家居用品有限公司总经理'),
];

export const DEMO_PEOPLE: DemoPerson[] = [...COMMITTEE, ...DEPUTIES, ...OFFICIALS, ...STAFF, ...CLIENTS];

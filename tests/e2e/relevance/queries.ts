/**
 * Realistic queries and the place each must return, chosen by reading the document (not by looking at what
 * the engine returns). `expect` is the model id of the clause, task or table row that answers the query.
 * Where two places answer a query equally (the same term in a task and in its attachment row), the query
 * was made specific enough to name one, as a reader who knows what they want would type it.
 */
export interface RelevanceQuery {
  q: string;
  expect: string;
  kind: 'term' | 'phrase' | 'department' | 'city' | 'row' | 'number';
  /** Why this is the answer. */
  why: string;
}

export const QUERIES: RelevanceQuery[] = [
  // Terms
  { q: '石墨烯', expect: 'part_3__sec_1__item_10', kind: 'term', why: '新材料领域 task commits to 石墨烯材料 research' },
  { q: '瞪羚企业', expect: 'part_3__sec_4__item_2', kind: 'term', why: '“瞪羚企业”培育计划' },
  { q: '技术交易额 1%', expect: 'att_5__part_2__sec_4', kind: 'term', why: 'subsidy of 1% of 技术交易额 for intermediaries' },
  { q: '技术交易额一定比例', expect: 'part_3__sec_5__item_2', kind: 'phrase', why: '按技术交易额一定比例给予补助' },
  { q: '首席技术官', expect: 'part_3__sec_4__item_3', kind: 'term', why: '首席技术官（CTO）培养计划' },
  { q: 'CTO', expect: 'part_3__sec_4__item_3', kind: 'term', why: '500 名 CTO' },
  { q: '三权下放', expect: 'att_5__part_2__sec_1', kind: 'term', why: 'defines 三权下放 (使用权、处置权、收益权)' },
  { q: '研发费用加计扣除', expect: 'att_4__part_2__sec_4', kind: 'term', why: '研发费用税前加计扣除政策' },
  { q: '企业所得税 15%', expect: 'att_4__part_2__sec_4', kind: 'number', why: '减按 15% 的税率征收企业所得税' },
  { q: '粤港澳大湾区', expect: 'part_4__sec_6', kind: 'term', why: '对接粤港澳大湾区科技创新资源' },
  { q: '东盟技术转移中心', expect: 'part_4__sec_6', kind: 'term', why: '中国—东盟技术转移中心' },
  { q: '科技进步贡献率', expect: 'part_2__sec_3', kind: 'term', why: 'the goal: 科技进步贡献率提高到 55%以上' },
  { q: '三百二千', expect: 'part_2__sec_3', kind: 'term', why: 'defines the “三百二千”科技创新工程' },
  { q: '八桂学者', expect: 'part_3__sec_3__item_1', kind: 'term', why: '八桂学者制度' },
  { q: '新型研发机构管理办法', expect: 'part_4__sec_5', kind: 'phrase', why: '加快制定出台新型研发机构管理办法' },
  { q: '以赛代评', expect: 'part_4__sec_4', kind: 'term', why: '“以赛代评”、“以投代评”' },
  { q: '科技领导小组', expect: 'part_4__sec_1', kind: 'term', why: '自治区成立科技领导小组' },
  { q: '技术合同登记', expect: 'att_5__part_2__sec_4', kind: 'term', why: '技术合同登记点 / 认定登记额 1‰ 的补助' },
  { q: '壮瑶药', expect: 'part_3__sec_1__item_11', kind: 'term', why: '打造中国壮瑶药之乡' },
  { q: '南柳桂北国家自主创新示范区', expect: 'part_3__sec_2__item_3', kind: 'term', why: '启动申报创建南柳桂北国家自主创新示范区' },
  { q: '每万名就业人员中研发人员数', expect: 'part_1', kind: 'phrase', why: 'a weakness stated in 现实基础' },
  { q: '院士工作站', expect: 'part_3__sec_3__item_1', kind: 'term', why: '高标准建设广西院士工作站 (三（三）2 only names them as platforms)' },
  { q: '风险补偿', expect: 'part_4__sec_3', kind: 'term', why: '贷款贴息、风险补偿、创投引导… in 保障科研经费投入' },
  { q: '技术转移人才', expect: 'att_5__part_2__sec_5', kind: 'term', why: '国际化技术转移人才 / 技术转移人才队伍建设' },
  { q: '财政科技经费向区外单位开放', expect: 'part_4__sec_4', kind: 'phrase', why: '逐步推动财政科技经费向区外单位开放' },
  // Phrases
  { q: '宽进严管', expect: 'part_3__sec_4__item_1', kind: 'phrase', why: '实行“宽进严管”' },
  { q: '不求所有、但求所用', expect: 'part_3__sec_3__item_1', kind: 'phrase', why: 'the talent-attraction motto' },
  { q: '卡脖子', expect: 'part_2__sec_2__item_2', kind: 'phrase', why: '“卡脖子”、牵一发而动全身的关键核心技术问题' },
  { q: '奖励和报酬不低于 70%', expect: 'att_5__part_2__sec_3', kind: 'phrase', why: 'the 70% share for contributors' },
  { q: '高新技术企业总数达到 2200 家', expect: 'att_4__part_3__sec_3', kind: 'number', why: 'the 2020 milestone' },
  // Departments: the task each leads
  { q: '自治区财政厅', expect: 'part_4__sec_3', kind: 'department', why: 'the only task 自治区财政厅 leads' },
  { q: '自治区绩效办', expect: 'part_4__sec_7', kind: 'department', why: 'co-leads 强化目标考核督查 (printed “绩效办”)' },
  { q: '自治区糖业发展办', expect: 'part_3__sec_1__item_6', kind: 'department', why: 'co-leads the 制糖领域 task' },
  { q: '自治区海洋局', expect: 'part_3__sec_1__item_12', kind: 'department', why: 'co-leads the 海洋资源开发利用领域 task' },
  { q: '国家税务总局广西壮族自治区税务局', expect: 'part_3__sec_4__item_1', kind: 'department', why: 'cooperates on 大力扶持高新技术企业发展' },
  // Cities: their row in 附件5 附表
  { q: '柳州', expect: 'att_5__tbl_1__row_2', kind: 'city', why: '柳州 row of the city targets table' },
  { q: '钦州', expect: 'att_5__tbl_1__row_7', kind: 'city', why: '钦州 row of the city targets table' },
  { q: '南宁 2019年', expect: 'att_5__tbl_1__row_1', kind: 'city', why: '南宁 row: 79 in 2019' },
  { q: '南宁 高新技术企业 2019', expect: 'att_4__part_3__sec_2', kind: 'city', why: '2019 年末…南宁…高新技术企业数量达到 700' },
  // Table rows
  { q: '柑橘黄龙病', expect: 'att_1__tbl_1__cat_1__row_37', kind: 'row', why: '附件1 核心技术 37' },
  { q: '六堡茶', expect: 'att_1__tbl_1__cat_1__row_44', kind: 'row', why: '附件1 核心技术 44' },
  { q: '区块链', expect: 'att_1__tbl_1__cat_1__row_21', kind: 'row', why: '基于区块链的可信价值交换技术' },
  { q: '荔枝核总黄酮', expect: 'att_1__tbl_1__cat_3__row_41', kind: 'row', why: '附件1 应用技术 41' },
  { q: '金花茶', expect: 'att_1__tbl_1__cat_3__row_46', kind: 'row', why: '附件1 应用技术 46' },
  { q: '富硒', expect: 'att_1__tbl_1__cat_3__row_59', kind: 'row', why: '富硒粮油农产品' },
  { q: '国家级星创天地', expect: 'att_2__tbl_1__row_9', kind: 'row', why: '附件2 row: 32 国家级星创天地' },
  { q: '众创空间 20', expect: 'att_2__tbl_1__row_8', kind: 'row', why: '附件2 row: 20 国家级众创空间' },
  { q: '梧州高新技术产业开发区', expect: 'att_2__tbl_1__row_5', kind: 'row', why: '附件2 row 5 names it' },
  { q: '核心技术 44 项', expect: 'att_1__tbl_1__total', kind: 'number', why: 'the 合计 line of 附件1' },
];

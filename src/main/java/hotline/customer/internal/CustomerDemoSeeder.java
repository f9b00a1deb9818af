package hotline.customer.internal;

import hotline.customer.AccountType;
import hotline.customer.ContactType;
import hotline.customer.CustomerKind;
import hotline.customer.CustomerView;
import hotline.customer.Customers;
import hotline.customer.Gender;
import hotline.customer.NewAccount;
import hotline.customer.NewAddress;
import hotline.customer.NewContactPoint;
import hotline.customer.NewCustomer;
import hotline.customer.SensitiveFlag;
import hotline.platform.demo.DemoSeeder;
import hotline.platform.security.SystemActor;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo power utility's customers in Shanghai: about 360 households and 30 businesses across the districts, with
 * 10-digit account numbers (户号), mobile and landline numbers, tags, some sensitive customers, some who asked not to
 * be called, and a few duplicate archives (same number written differently, same name and address) left for a team
 * lead to merge. Random but repeatable: the same seed gives the same center.
 */
@Component
class CustomerDemoSeeder implements DemoSeeder, Ordered {

    record District(String name, String code, String... roads) {
    }

    static final List<District> DISTRICTS = List.of(
            new District("浦东新区", "310115", "张杨路", "世纪大道", "东方路", "锦绣路", "川沙路", "杨高南路", "蓝村路"),
            new District("黄浦区", "310101", "南京东路", "淮海中路", "西藏南路", "复兴中路", "中华路"),
            new District("徐汇区", "310104", "漕溪北路", "天钥桥路", "肇嘉浜路", "虹桥路", "田林路"),
            new District("长宁区", "310105", "延安西路", "天山路", "仙霞路", "愚园路"),
            new District("静安区", "310106", "南京西路", "共和新路", "万航渡路", "大统路"),
            new District("普陀区", "310107", "曹杨路", "真北路", "武宁路", "长寿路"),
            new District("虹口区", "310109", "四川北路", "曲阳路", "广灵四路"),
            new District("杨浦区", "310110", "国定路", "控江路", "黄兴路", "长阳路"),
            new District("闵行区", "310112", "莘松路", "七莘路", "都市路", "春申路"),
            new District("宝山区", "310113", "牡丹江路", "友谊路", "共康路"),
            new District("嘉定区", "310114", "城中路", "博乐路", "清河路"),
            new District("松江区", "310117", "人民北路", "荣乐东路", "中山中路"),
            new District("青浦区", "310118", "城中北路", "公园路", "盈港东路"),
            new District("奉贤区", "310120", "南桥路", "解放东路", "运河北路"),
            new District("金山区", "310116", "卫零路", "石化大道"),
            new District("崇明区", "310151", "八一路", "城桥镇人民路"));

    static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤").split("");
    static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "文", "华", "红", "玉兰", "志强", "建国",
            "海燕", "晓东", "雪梅", "国庆", "丽华", "春生", "美玲", "子涵", "浩然", "欣怡", "梓轩", "雨桐", "佳怡",
            "一鸣", "思远", "佩华", "根宝", "阿毛", "金娣", "伟民", "凤英", "德明"};
    static final String[] MOBILE_PREFIXES = {"138", "139", "135", "136", "137", "150", "151", "152", "158", "159",
            "186", "187", "188", "182", "183", "177", "180", "189", "133", "153"};
    static final String[] TAGS = {"老年用户", "光伏用户", "充电桩用户", "低保户", "电子账单", "独居老人", "多表用户"};
    static final String[] BUSINESSES = {"上海申味餐饮管理有限公司", "上海浦江实业有限公司", "上海东昌超市有限公司",
            "上海华联便利店", "上海明德小学", "上海恒通物流有限公司", "上海新苑物业管理有限公司", "上海锦绣花园物业管理处",
            "上海大华医院", "上海汇丰纺织有限公司", "上海佳美洗衣店", "上海金桥机械厂", "上海康宁养老院",
            "上海绿地农业合作社", "上海东海水产批发部", "上海长江印刷有限公司", "上海天天鲜果业", "上海宏达建材商行",
            "上海静安宾馆", "上海浦东冷链仓储有限公司", "上海万家灯饰城", "上海安居房产中介", "上海星光影城",
            "上海新华书店某门市部", "上海青浦蔬菜种植基地", "上海美美美容美发店", "上海顺风汽车修理厂",
            "上海博雅培训学校", "上海金山石化配套厂", "上海崇明生态农庄"};
    static final String[] SENSITIVE_REASONS = {"多次投诉电费异常，情绪激动", "向监管部门反映（12398）停电频繁问题",
            "多次投诉抄表数据不准", "曾向媒体反映施工噪音扰民", "向监管部门反映（12398）电压不稳损坏家电"};

    private final Customers customers;
    private final Random random = new Random(95598);
    private final Set<String> accountNumbers = new HashSet<>();
    private final Set<String> mobiles = new HashSet<>();

    CustomerDemoSeeder(Customers customers) {
        this.customers = customers;
    }

    @Override
    public String name() {
        return "customer.archive";
    }

    @Override
    public int getOrder() {
        return 300;
    }

    @Override
    public void seed() {
        SystemActor.run(() -> {
            var people = new ArrayList<CustomerView>();
            for (int i = 0; i < 360; i++) {
                people.add(customers.register(person()));
            }
            for (String business : BUSINESSES) {
                customers.register(business(business));
            }
            for (int i = 0; i < people.size(); i += 24) {
                var c = people.get(i);
                customers.flagSensitive(c.id(), new SensitiveFlag(true, pick(SENSITIVE_REASONS)));
            }
            for (int i = 7; i < people.size(); i += 30) {
                customers.setDoNotCall(people.get(i).id(), true, "客户来电要求", "不接受营销及回访外呼");
            }
            for (int i = 11; i < people.size(); i += 45) {
                customers.register(duplicate(people.get(i), i % 2 == 0));
            }
        });
    }

    private NewCustomer person() {
        var district = pick(DISTRICTS);
        String name = pick(SURNAMES) + pick(GIVEN);
        String address = address(district);
        var contactPoints = new ArrayList<NewContactPoint>();
        if (random.nextInt(10) < 9) {
            contactPoints.add(new NewContactPoint(ContactType.MOBILE, mobile(), "本人"));
        }
        if (contactPoints.isEmpty() || random.nextInt(5) == 0) {
            contactPoints.add(new NewContactPoint(ContactType.PHONE, landline(), "家庭"));
        }
        if (random.nextInt(8) == 0) {
            contactPoints.add(new NewContactPoint(ContactType.MOBILE, mobile(), "家属"));
        }
        if (random.nextInt(12) == 0) {
            contactPoints.add(new NewContactPoint(ContactType.WECHAT, "wx_" + Integer.toString(random.nextInt(1 << 24), 36), null));
        }
        var accounts = new ArrayList<NewAccount>();
        if (random.nextInt(20) < 17) {
            accounts.add(new NewAccount(accountNumber(), AccountType.RESIDENTIAL, address));
        }
        if (random.nextInt(25) == 0) {
            accounts.add(new NewAccount(accountNumber(), AccountType.RESIDENTIAL, address(pick(DISTRICTS))));
        }
        var tags = new ArrayList<String>();
        if (random.nextInt(4) == 0) {
            tags.add(pick(TAGS));
        }
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        return new NewCustomer(name, CustomerKind.PERSON, random.nextInt(6) == 0 ? null : gender,
                random.nextInt(40) == 0 ? 1 : 0, null, tags, contactPoints, accounts,
                List.of(new NewAddress(address, district.name(), district.code())));
    }

    private NewCustomer business(String name) {
        var district = pick(DISTRICTS);
        String address = address(district).replaceAll("\\d+室$", "");
        var type = name.contains("农") || name.contains("种植") ? AccountType.AGRICULTURAL : AccountType.NON_RESIDENTIAL;
        var accounts = new ArrayList<NewAccount>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            accounts.add(new NewAccount(accountNumber(), type, address));
        }
        return new NewCustomer(name, CustomerKind.ORGANIZATION, null, random.nextInt(10) < 3 ? 1 + random.nextInt(3) : 0,
                "联系人：" + pick(SURNAMES) + "经理", List.of("企业客户"),
                List.of(new NewContactPoint(ContactType.PHONE, landline(), "总机"),
                        new NewContactPoint(ContactType.MOBILE, mobile(), "电工")),
                accounts, List.of(new NewAddress(address, district.name(), district.code())));
    }

    /** A second archive of an existing customer: the number written another way, or the same name and address. */
    private NewCustomer duplicate(CustomerView original, boolean samePhone) {
        var contactPoints = new ArrayList<NewContactPoint>();
        var addresses = new ArrayList<NewAddress>();
        var mobile = original.contactPoints().stream().filter(cp -> cp.type() == ContactType.MOBILE).findFirst();
        if (samePhone && mobile.isPresent()) {
            String m = mobile.get().value();
            contactPoints.add(new NewContactPoint(ContactType.MOBILE,
                    "+86 " + m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7), null));
        } else {
            contactPoints.add(new NewContactPoint(ContactType.MOBILE, mobile(), null));
            original.addresses().stream().findFirst().ifPresent(a ->
                    addresses.add(new NewAddress(a.text(), a.district(), a.areaCode())));
        }
        return new NewCustomer(original.name(), CustomerKind.PERSON, null, 0, "电话登记，未核实户号", List.of(),
                contactPoints, List.of(), addresses);
    }

    private String address(District district) {
        return "上海市" + district.name() + pick(district.roads()) + (1 + random.nextInt(1500)) + "弄"
                + (1 + random.nextInt(40)) + "号" + (1 + random.nextInt(18)) + "0" + (1 + random.nextInt(4)) + "室";
    }

    private String mobile() {
        String number;
        do {
            number = pick(MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
        } while (!mobiles.add(number));
        return number;
    }

    private String landline() {
        return "021-" + (5 + random.nextInt(2)) + String.format("%07d", random.nextInt(10_000_000));
    }

    private String accountNumber() {
        String number;
        do {
            number = (1 + random.nextInt(9)) + String.format("%09d", random.nextInt(1_000_000_000));
        } while (!accountNumbers.add(number));
        return number;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }
}

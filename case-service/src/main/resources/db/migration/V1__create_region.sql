-- GB/T 2260 administrative divisions where the platform runs: Guangdong, the cities named in the 2019 letter
-- (Guangzhou, Shenzhen, Dongguan, Zhongshan, Jiangmen) and their districts. reference_prefix is the city part
-- of a case's pseudonymous reference (GZ-2026-000123).
create table region (
    code              varchar(6)   primary key,
    name_zh           varchar(50) not null,
    name_en           varchar(80) not null,
    level             varchar(16) not null check (level in ('PROVINCE', 'CITY', 'DISTRICT')),
    parent_code       varchar(6)   references region (code),
    reference_prefix  varchar(4)
);

insert into region (code, name_zh, name_en, level, parent_code, reference_prefix) values
    ('440000', '广东省', 'Guangdong Province', 'PROVINCE', null, null),
    ('440100', '广州市', 'Guangzhou', 'CITY', '440000', 'GZ'),
    ('440300', '深圳市', 'Shenzhen', 'CITY', '440000', 'SZ'),
    ('440700', '江门市', 'Jiangmen', 'CITY', '440000', 'JM'),
    ('441900', '东莞市', 'Dongguan', 'CITY', '440000', 'DG'),
    ('442000', '中山市', 'Zhongshan', 'CITY', '440000', 'ZS'),
    ('440103', '荔湾区', 'Liwan District', 'DISTRICT', '440100', null),
    ('440104', '越秀区', 'Yuexiu District', 'DISTRICT', '440100', null),
    ('440105', '海珠区', 'Haizhu District', 'DISTRICT', '440100', null),
    ('440106', '天河区', 'Tianhe District', 'DISTRICT', '440100', null),
    ('440111', '白云区', 'Baiyun District', 'DISTRICT', '440100', null),
    ('440112', '黄埔区', 'Huangpu District', 'DISTRICT', '440100', null),
    ('440113', '番禺区', 'Panyu District', 'DISTRICT', '440100', null),
    ('440114', '花都区', 'Huadu District', 'DISTRICT', '440100', null),
    ('440115', '南沙区', 'Nansha District', 'DISTRICT', '440100', null),
    ('440117', '从化区', 'Conghua District', 'DISTRICT', '440100', null),
    ('440118', '增城区', 'Zengcheng District', 'DISTRICT', '440100', null),
    ('440303', '罗湖区', 'Luohu District', 'DISTRICT', '440300', null),
    ('440304', '福田区', 'Futian District', 'DISTRICT', '440300', null),
    ('440305', '南山区', 'Nanshan District', 'DISTRICT', '440300', null),
    ('440306', '宝安区', 'Bao''an District', 'DISTRICT', '440300', null),
    ('440307', '龙岗区', 'Longgang District', 'DISTRICT', '440300', null),
    ('440308', '盐田区', 'Yantian District', 'DISTRICT', '440300', null),
    ('440309', '龙华区', 'Longhua District', 'DISTRICT', '440300', null),
    ('440310', '坪山区', 'Pingshan District', 'DISTRICT', '440300', null),
    ('440311', '光明区', 'Guangming District', 'DISTRICT', '440300', null),
    ('440703', '蓬江区', 'Pengjiang District', 'DISTRICT', '440700', null),
    ('440704', '江海区', 'Jianghai District', 'DISTRICT', '440700', null),
    ('440705', '新会区', 'Xinhui District', 'DISTRICT', '440700', null),
    ('440781', '台山市', 'Taishan', 'DISTRICT', '440700', null),
    ('440783', '开平市', 'Kaiping', 'DISTRICT', '440700', null),
    ('440784', '鹤山市', 'Heshan', 'DISTRICT', '440700', null),
    ('440785', '恩平市', 'Enping', 'DISTRICT', '440700', null);

-- The words callers use for the same thing, as a utility hotline hears them. Supervisors edit them on the console
-- (知识库 → 同义词); they apply to queries only, so no re-indexing is needed.
insert into synonym_group (terms, created_at, created_by) values
    ('停电,断电,没电,掉电,黑灯', now(), 'system'),
    ('跳闸,掉闸,跳了,闸掉', now(), 'system'),
    ('缴费,交费,交钱,付费,充值,付钱', now(), 'system'),
    ('户号,用户编号,客户编号', now(), 'system'),
    ('电表,电能表,电度表,表计', now(), 'system'),
    ('充电桩,充电设施,充电站', now(), 'system'),
    ('光伏,太阳能,发电板,光伏板', now(), 'system'),
    ('过户,更名,改名,户名变更', now(), 'system'),
    ('增容,扩容,加容量', now(), 'system'),
    ('邻居,隔壁,邻居家', now(), 'system'),
    ('电瓶车,电动车,电动自行车', now(), 'system'),
    ('销户,注销,拆表', now(), 'system'),
    ('谷电,谷段,低谷', now(), 'system'),
    ('峰谷电,峰谷电价,分时电价', now(), 'system'),
    ('诈骗,骗子,骗局', now(), 'system'),
    ('插排,插线板,排插,接线板', now(), 'system'),
    ('师傅,抢修人员,工作人员', now(), 'system'),
    ('赔偿,理赔,索赔,赔钱', now(), 'system'),
    ('收费,要钱,花钱', now(), 'system');

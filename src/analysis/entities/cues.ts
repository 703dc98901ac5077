/**
 * Cue words around names in Arabic news, as the tagger's features see them: titles and roles before a person
 * (الرئيس، وزير، المتحدث باسم), particles inside names (بن، أبو، عبد، آل), heads of organisation and place names
 * (وزارة، حزب، وكالة؛ مدينة، محافظة), and verbs whose subject is usually a person or an organisation (قال، أكد،
 * التقى). Hand-curated; stored folded with `matchKey` and without the article, and compared with a word's bare form.
 */
import { matchKey } from './word-forms.js';

const PERSON_TITLES = `رئيس رئيسة نائب وزير وزيرة متحدث متحدثة ناطق ناطقة أمين مستشار مستشارة سفير سفيرة زعيم زعيمة ملك
ملكة أمير أميرة شيخ شيخة سيد سيدة دكتور دكتورة د مهندس لواء عميد عقيد مقدم رائد نقيب فريق مشير جنرال أدميرال قائد مدير
مديرة مبعوث مبعوثة مندوب مندوبة ممثل ممثلة بابا إمام مرشد حجة نائبة سناتور سيناتور حاكم محافظ عاهل ولي مدرب لاعب
لاعبة فنان فنانة كاتب كاتبة شاعر شاعرة صحفي صحافي صحفية صحافية مراسل مراسلة مطرب مطربة مغني مغنية مخرج مخرجة مفوض
مفوضة قاضي قاض مدعي محامي محامية أستاذ أستاذة بروفيسور باحث باحثة خبير خبيرة محلل محللة عضو مساعد مساعدة مسؤول مسؤولة
نظير نظيره نظيرها حرم عقيلة زوجة زوج أرملة نجل نجلة ابنة شقيق شقيقة والد والدة مرشح مرشحة رئيسا رئيسي مستشاري
البطريرك المطران الكاردينال الحاخام الداعية النجم النجمة المتحدثة الأميرة`;

const NAME_PARTICLES = `بن ابن بنت أبو أبي أبا أم عبد آل دي دو دا فان فون دير لو ديل`;

const ORG_HEADS = `وزارة حزب وكالة شركة منظمة جامعة هيئة مجلس حركة جمعية اتحاد بنك مصرف صحيفة جريدة مجلة قناة شبكة
إذاعة محكمة لجنة مؤسسة مركز معهد جبهة تنظيم جماعة صندوق برلمان نادي فريق منتخب مكتب إدارة مديرية سلطة دائرة قيادة جيش
قوات شرطة مجموعة مصنع مستشفى كلية أكاديمية نقابة رابطة ائتلاف تحالف تيار كتلة حكومة مفوضية بعثة موقع وكالات صحف
شركات بورصة سوق مجمع ميليشيا كتائب لواء سرايا`;

const PLACE_HEADS = `مدينة محافظة ولاية إقليم منطقة قرية بلدة جزيرة جزر بحر نهر جبل جبال خليج مقاطعة عاصمة حي مخيم قضاء
شارع ميناء مطار صحراء وادي بحيرة محيط شبه مضيق ساحة ميدان ناحية دولة دول بلاد جمهورية مملكة إمارة سلطنة عاصمتها
ضاحية بلدية مدن قرى شمال جنوب شرق غرب وسط`;

const SUBJECT_VERBS = `قال قالت أضاف أضافت أكد أكدت أوضح أوضحت أشار أشارت حذر حذرت نفى نفت شدد شددت وصف وصفت اتهم اتهمت
أعلن أعلنت اعتبر اعتبرت صرح صرحت ذكر ذكرت رأى رأت دعا دعت طالب طالبت أفاد أفادت كشف كشفت التقى التقت استقبل
استقبلت زار زارت بحث بحثت هنأ هنأت أجرى أجرت وقع وقعت ندد نددت رحب رحبت أبلغ أبلغت تعهد تعهدت يقول تقول`;

function foldList(words: string): Set<string> {
  const set = new Set<string>();
  for (const w of words.split(/\s+/)) {
    if (!w) continue;
    const k = matchKey(w);
    set.add(k.startsWith('ال') && k.length >= 4 ? k.slice(2) : k);
  }
  return set;
}

export const CUES = {
  title: foldList(PERSON_TITLES),
  particle: foldList(NAME_PARTICLES),
  orgHead: foldList(ORG_HEADS),
  placeHead: foldList(PLACE_HEADS),
  verb: foldList(SUBJECT_VERBS),
} as const;

export type CueKind = keyof typeof CUES;
const KINDS = Object.keys(CUES) as CueKind[];

/** The cue kinds of a word, given its bare form (match key without clitics and article). آل folds to ال: a particle. */
export function cuesOf(bare: string, key: string): CueKind[] {
  const out: CueKind[] = [];
  if (key === 'ال') out.push('particle');
  for (const k of KINDS) if (CUES[k].has(bare)) out.push(k);
  return out;
}

/**
 * What both sites write on a list and on their warnings, in their most used UI languages. The page's
 * `lang` says which language to read; English is read too, since both sites fall back to it. These are
 * our reading of the sites' wording, not verified live: a heading that is not here places nothing (the
 * other evidence must), and a warning that is not here is still caught by its structure where it has one.
 */
export interface Words {
  followers: string[];
  following: string[];
  /** Tabs beside the lists that are no list of the owner's: Suggested, Friends. */
  other: string[];
  /** Try again later, action blocked, please wait, confirm it's you, captcha, private list. */
  tryAgain: string[];
  blocked: string[];
  wait: string[];
  confirm: string[];
  captcha: string[];
  private: string[];
  loading: string[];
}

export const WORDS: Record<string, Words> = {
  en: {
    followers: ['followers', 'follower'],
    following: ['following'],
    other: ['suggested', 'friends', 'suggested for you'],
    tryAgain: ['try again later'],
    blocked: ['action blocked'],
    wait: ['please wait a few minutes'],
    confirm: ["confirm it's you", 'confirm it’s you', 'automated activity', 'automated behavior'],
    captcha: ['drag the slider', 'verify to continue'],
    private: ['list is private'],
    loading: ['loading'],
  },
  es: {
    followers: ['seguidores'],
    following: ['seguidos', 'siguiendo'],
    other: ['sugerencias', 'sugeridos', 'amigos'],
    tryAgain: ['vuelve a intentarlo más tarde', 'inténtalo de nuevo más tarde'],
    blocked: ['acción bloqueada'],
    wait: ['espera unos minutos'],
    confirm: ['confirma que eres tú'],
    captcha: ['arrastra el control deslizante'],
    private: ['es privada'],
    loading: ['cargando'],
  },
  pt: {
    followers: ['seguidores'],
    following: ['seguindo'],
    other: ['sugestões', 'sugeridos', 'amigos'],
    tryAgain: ['tente novamente mais tarde'],
    blocked: ['ação bloqueada'],
    wait: ['aguarde alguns minutos'],
    confirm: ['confirme que é você'],
    captcha: ['arraste o controle deslizante'],
    private: ['é privada'],
    loading: ['carregando'],
  },
  fr: {
    followers: ['abonnés'],
    following: ['abonnements'],
    other: ['suggestions', 'amis'],
    tryAgain: ['réessayer plus tard', 'réessayez plus tard'],
    blocked: ['action bloquée'],
    wait: ['veuillez patienter quelques minutes'],
    confirm: ["confirmez qu'il s'agit bien de vous", 'confirmez que c’est bien vous'],
    captcha: ['faites glisser le curseur'],
    private: ['est privée'],
    loading: ['chargement'],
  },
  de: {
    followers: ['follower'],
    following: ['gefolgt', 'folge ich'],
    other: ['vorschläge', 'freunde'],
    tryAgain: ['versuche es später noch einmal', 'später erneut versuchen'],
    blocked: ['aktion blockiert'],
    wait: ['bitte warte einige minuten'],
    confirm: ['bestätige, dass du es bist'],
    captcha: ['ziehe den schieberegler'],
    private: ['ist privat'],
    loading: ['wird geladen'],
  },
  it: {
    followers: ['follower'],
    following: ['seguiti'],
    other: ['suggeriti', 'amici'],
    tryAgain: ['riprova più tardi'],
    blocked: ['azione bloccata'],
    wait: ['attendi qualche minuto'],
    confirm: ['conferma che sei tu'],
    captcha: ['trascina il cursore'],
    private: ['è privato', 'è privata'],
    loading: ['caricamento'],
  },
  ru: {
    followers: ['подписчики'],
    following: ['подписки'],
    other: ['рекомендации', 'друзья'],
    tryAgain: ['повторите попытку позже'],
    blocked: ['действие заблокировано'],
    wait: ['подождите несколько минут'],
    confirm: ['подтвердите, что это вы'],
    captcha: ['перетащите ползунок'],
    private: ['закрыт'],
    loading: ['загрузка'],
  },
  tr: {
    followers: ['takipçiler', 'takipçi'],
    following: ['takip edilenler', 'takip edilen'],
    other: ['öneriler', 'arkadaşlar'],
    tryAgain: ['daha sonra tekrar dene'],
    blocked: ['işlem engellendi'],
    wait: ['lütfen birkaç dakika bekle'],
    confirm: ['sen olduğunu onayla'],
    captcha: ['kaydırıcıyı sürükle'],
    private: ['gizli'],
    loading: ['yükleniyor'],
  },
  id: {
    followers: ['pengikut'],
    following: ['mengikuti', 'diikuti'],
    other: ['disarankan', 'saran', 'teman'],
    tryAgain: ['coba lagi nanti'],
    blocked: ['tindakan diblokir'],
    wait: ['harap tunggu beberapa menit'],
    confirm: ['konfirmasikan bahwa ini anda'],
    captcha: ['geser penggeser'],
    private: ['bersifat pribadi'],
    loading: ['memuat'],
  },
  ja: {
    followers: ['フォロワー'],
    following: ['フォロー中'],
    other: ['おすすめ', '友達'],
    tryAgain: ['しばらくしてからもう一度実行してください'],
    blocked: ['ブロックされています'],
    wait: ['数分待ってから'],
    confirm: ['本人確認'],
    captcha: ['スライダーをドラッグ'],
    private: ['非公開'],
    loading: ['読み込み中'],
  },
  ko: {
    followers: ['팔로워'],
    following: ['팔로잉'],
    other: ['추천', '친구'],
    tryAgain: ['나중에 다시 시도하세요'],
    blocked: ['작업이 차단되었습니다'],
    wait: ['몇 분 후에 다시 시도하세요'],
    confirm: ['본인 확인'],
    captcha: ['슬라이더를 드래그'],
    private: ['비공개'],
    loading: ['로드 중'],
  },
  zh: {
    followers: ['粉丝'],
    following: ['关注', '已关注'],
    other: ['推荐', '好友', '朋友'],
    tryAgain: ['请稍后重试'],
    blocked: ['操作被阻止'],
    wait: ['请等待几分钟'],
    confirm: ['确认是你本人'],
    captcha: ['拖动滑块'],
    private: ['私密'],
    loading: ['加载中'],
  },
  ar: {
    followers: ['المتابِعون', 'المتابعون'],
    following: ['المتابَعون', 'يتابع'],
    other: ['مقترحة', 'الأصدقاء'],
    tryAgain: ['حاول مرة أخرى لاحقًا'],
    blocked: ['تم حظر الإجراء'],
    wait: ['يرجى الانتظار بضع دقائق'],
    confirm: ['تأكيد أنه أنت'],
    captcha: ['اسحب شريط التمرير'],
    private: ['خاصة'],
    loading: ['جارٍ التحميل'],
  },
};

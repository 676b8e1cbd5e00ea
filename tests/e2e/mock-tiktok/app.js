// Mock TikTok web app used by the end-to-end tests (served as /static/mock-tiktok-app.js by server.ts).
//
// It reproduces only what /work/shared/SITES.md ("TikTok") says about the real site: `data-e2e`
// attributes, link shapes, the rehydration JSON, the follow dialog and its structure. Class names are
// generated-looking emotion classes ("css-1k2j3h4 e1x9a0"); only the three that SITES.md names
// (DivUserListContainer, SpanNickname, UniqueId) carry a stable component name, as on the real site.
// Where SITES.md is silent the choice made here is marked "SITES is silent".
//
// Plain browser JS, no build step. All data is put into the DOM with createElement/textContent.
(() => {
  'use strict';
  // Served just before this app: see tests/e2e/support/mock-dom.js.
  const { h, svg, hashString, avatarSrc } = window.mockDom;

  const LIST_HEIGHT = 400; // px; fixed height of the dialog's scroll container
  const LOAD_THRESHOLD = 100; // px from the bottom of the scroll container at which the next page is fetched
  const OTHER_LIST_LIMIT = 48; // generated lists of other users end early (SITES: lists stop "sometimes far earlier")

  // TikTok usernames: letters, digits, "_" and ".", 2 to 24 characters. Any other /@... path is "not found".
  const HANDLE = /^[A-Za-z0-9._]{2,24}$/;
  // Top-level app paths that are not profiles. Note `/following` is a feed, not anybody's list.
  const SECTIONS = new Map([
    ['explore', 'Explore'],
    ['following', 'Following'],
    ['friends', 'Friends'],
    ['live', 'LIVE'],
    ['messages', 'Messages'],
    ['upload', 'Upload'],
    ['search', 'Search'],
  ]);

  const scenario = readScenario();
  // The page's language (SITES: labels are localized). SITES is silent on TikTok's French wording; these
  // are its usual French tab labels and private-list note.
  const LANGUAGES = {
    en: {
      following: 'Following',
      followers: 'Followers',
      friends: 'Friends',
      suggested: 'Suggested',
      private: (which) => `This account's ${which} list is private`,
    },
    fr: {
      following: 'Abonnements',
      followers: 'Abonnés',
      friends: 'Amis',
      suggested: 'Suggestions',
      private: (which) =>
        `La liste des ${which === 'followers' ? 'abonnés' : 'abonnements'} de ce compte est privée`,
    },
  };
  const WORDS = LANGUAGES[scenario.language] || LANGUAGES.en;
  if (scenario.language) document.documentElement.lang = scenario.language;
  const myFollowers = new Set(scenario.followers.map((a) => a.handle));
  const myFollowing = new Set(scenario.following.map((a) => a.handle));
  const knownAccounts = indexKnownAccounts();

  // SITES is silent on what "Suggested" holds; these are fixed accounts that are on neither of my lists.
  const SUGGESTED = [
    { handle: 'sunny.kitchen', nickname: 'Sunny Kitchen', verified: true },
    { handle: 'tomas_rides', nickname: 'Tomás' },
    { handle: 'lofi.owl', nickname: 'lofi owl 🦉' },
    { handle: 'the.daily.stretch', nickname: 'Daily Stretch' },
    { handle: 'ninaparis', nickname: 'Nina' },
  ].filter((a) => !myFollowing.has(a.handle) && !myFollowers.has(a.handle) && a.handle !== scenario.me);

  // ---------------------------------------------------------------------------------------------
  // Class names in TikTok's emotion style. Keys are for this file only. `C` are meaningless on the page;
  // `N` contain the component names SITES.md says survive in TikTok's generated classes.

  const C = Object.fromEntries(
    [
      'app',
      'topBar',
      'logo',
      'searchForm',
      'searchInput',
      'topRight',
      'topLink',
      'loginButton',
      'body',
      'sideNav',
      'navLink',
      'navIcon',
      'navLabel',
      'navAvatar',
      'main',
      'page',
      'header',
      'bigAvatar',
      'headerText',
      'title',
      'subtitle',
      'badge',
      'headerButtons',
      'primaryButton',
      'secondaryButton',
      'counts',
      'countItem',
      'countNumber',
      'countLabel',
      'bio',
      'empty',
      'feed',
      'video',
      'videoAuthor',
      'videoFrame',
      'layer',
      'overlay',
      'popup',
      'popupHeader',
      'popupTitle',
      'closeButton',
      'tabs',
      'tab',
      'tabLabel',
      'tabCount',
      'row',
      'rowInner',
      'rowLink',
      'rowAvatar',
      'avatarShape',
      'avatarImg',
      'rowText',
      'nameLine',
      'rowButtonWrap',
      'followButton',
      'followButtonMuted',
      'loading',
      'spinner',
      'privateNote',
      'hiddenCaptcha',
      'login',
      'loginTitle',
      'loginText',
      'captchaOverlay',
      'captchaBox',
      'captchaHead',
      'captchaText',
      'captchaPuzzle',
      'captchaPiece',
      'captchaTrack',
      'captchaHandle',
    ].map((key) => [key, emotionClass(key, '')]),
  );
  const N = {
    userListContainer: emotionClass('userListContainer', 'DivUserListContainer'),
    nickname: emotionClass('nickname', 'SpanNickname'),
    uniqueId: emotionClass('uniqueId', 'PUniqueId'),
    tabItem: emotionClass('tabItem', 'DivTabItem'),
    tabItemActive: emotionClass('tabItemActive', 'DivTabItem'),
    loadingContainer: emotionClass('loadingContainer', 'DivLoadingContainer'),
  };

  function emotionClass(key, label) {
    const hash = hashString(`tt-css#${key}`).toString(36).padStart(7, '0').slice(0, 7);
    const e = 'e' + hashString(`tt-e#${key}`).toString(36).slice(0, 6) + (hashString(key) % 4);
    return label ? `css-${hash}-${label} ${e}` : `css-${hash} ${e}`;
  }

  const first = (cls) => '.' + cls.split(' ')[0];
  const CSS = `
    body { margin: 0; font-family: "TikTokFont", Arial, Tahoma, PingFangSC, sans-serif; font-size: 15px;
      color: #161823; background: #fff; }
    a { color: inherit; text-decoration: none; }
    button { font-family: inherit; }
    /* Before the size classes (navAvatar, bigAvatar...), which override its width and height. */
    ${first(C.avatarShape)} { display: block; width: 100%; height: 100%; border-radius: 50%; overflow: hidden; }
    ${first(C.topBar)} { position: fixed; top: 0; left: 0; right: 0; height: 60px; display: flex; align-items: center;
      justify-content: space-between; padding: 0 24px; box-sizing: border-box; background: #fff;
      border-bottom: 1px solid rgba(22, 24, 35, .12); z-index: 5; }
    ${first(C.logo)} { font-weight: 800; font-size: 22px; }
    ${first(C.searchInput)} { width: 360px; border: 0; border-radius: 92px; padding: 10px 16px; background: #f1f1f2; font-size: 15px; }
    ${first(C.topRight)} { display: flex; align-items: center; gap: 16px; }
    ${first(C.topLink)} { border: 1px solid rgba(22, 24, 35, .12); border-radius: 2px; padding: 6px 16px; font-weight: 600; }
    ${first(C.loginButton)} { border: 0; border-radius: 4px; padding: 8px 24px; background: #fe2c55; color: #fff;
      font-weight: 600; font-size: 16px; cursor: pointer; }
    ${first(C.body)} { display: flex; padding-top: 60px; }
    ${first(C.sideNav)} { position: fixed; top: 60px; bottom: 0; left: 0; width: 240px; padding: 20px 8px;
      box-sizing: border-box; display: flex; flex-direction: column; gap: 2px; }
    ${first(C.navLink)} { display: flex; align-items: center; gap: 12px; padding: 10px 12px; border-radius: 4px;
      font-weight: 700; font-size: 18px; cursor: pointer; }
    ${first(C.navLink)}:hover { background: rgba(22, 24, 35, .03); }
    ${first(C.navAvatar)} { width: 32px; height: 32px; }
    ${first(C.main)} { margin-left: 240px; flex: 1; display: flex; justify-content: center; }
    ${first(C.page)} { width: 100%; max-width: 1000px; padding: 32px 24px; box-sizing: border-box; }
    ${first(C.header)} { display: flex; gap: 28px; align-items: flex-start; }
    ${first(C.bigAvatar)} { width: 212px; height: 212px; flex: none; }
    ${first(C.headerText)} { display: flex; flex-direction: column; gap: 12px; min-width: 0; }
    ${first(C.title)} { font-size: 32px; font-weight: 700; margin: 0; display: flex; align-items: center; gap: 8px; }
    ${first(C.subtitle)} { font-size: 18px; font-weight: 600; margin: 0; }
    ${first(C.headerButtons)} { display: flex; gap: 8px; }
    ${first(C.primaryButton)} { border: 0; border-radius: 4px; padding: 8px 28px; background: #fe2c55; color: #fff;
      font-weight: 600; font-size: 16px; cursor: pointer; }
    ${first(C.secondaryButton)} { border: 0; border-radius: 4px; padding: 8px 20px; background: rgba(22, 24, 35, .06);
      font-weight: 600; font-size: 16px; cursor: pointer; }
    ${first(C.counts)} { display: flex; gap: 20px; }
    ${first(C.countItem)} { display: flex; align-items: baseline; gap: 6px; cursor: pointer; }
    ${first(C.countItem)}[data-static] { cursor: default; }
    ${first(C.countNumber)} { font-size: 18px; font-weight: 700; }
    ${first(C.countLabel)} { color: rgba(22, 24, 35, .75); }
    ${first(C.empty)} { text-align: center; padding: 80px 0; font-size: 20px; font-weight: 700; }
    ${first(C.feed)} { max-width: 600px; margin: 0 auto; display: flex; flex-direction: column; gap: 24px; }
    ${first(C.videoAuthor)} { display: flex; align-items: center; gap: 10px; font-weight: 700; }
    ${first(C.videoFrame)} { width: 300px; height: 420px; border-radius: 8px; margin: 8px 0 0 66px; }
    ${first(C.overlay)} { position: fixed; inset: 0; background: rgba(0, 0, 0, .5); display: flex;
      align-items: center; justify-content: center; z-index: 100; }
    ${first(C.popup)} { width: 480px; background: #fff; border-radius: 8px; overflow: hidden; display: flex; flex-direction: column; }
    ${first(C.popupHeader)} { position: relative; height: 56px; display: flex; align-items: center; justify-content: center; }
    ${first(C.popupTitle)} { font-size: 18px; font-weight: 700; }
    ${first(C.closeButton)} { position: absolute; right: 12px; top: 12px; width: 32px; height: 32px; border-radius: 50%;
      display: flex; align-items: center; justify-content: center; background: rgba(22, 24, 35, .06); cursor: pointer; }
    ${first(C.tabs)} { display: flex; border-bottom: 1px solid rgba(22, 24, 35, .12); }
    ${first(C.tab)} { flex: 1; text-align: center; padding: 12px 4px; cursor: pointer; color: rgba(22, 24, 35, .5);
      font-weight: 600; border-bottom: 2px solid transparent; }
    ${first(C.tab)}[aria-selected="true"] { color: #161823; border-bottom-color: #161823; }
    ${first(N.tabItem)}, ${first(N.tabItemActive)} { flex: 1; text-align: center; padding: 12px 4px; cursor: pointer;
      color: rgba(22, 24, 35, .5); font-weight: 600; border-bottom: 2px solid transparent; }
    ${first(N.tabItemActive)} { color: #161823; border-bottom-color: #161823; }
    ${first(N.tabItem)} > div, ${first(N.tabItemActive)} > div { display: inline; }
    ${first(N.loadingContainer)} { height: 56px; display: flex; align-items: center; justify-content: center; }
    ${first(C.tabCount)} { margin-left: 4px; }
    ${first(N.userListContainer)} { height: ${LIST_HEIGHT}px; overflow-y: auto; margin: 0; padding: 0; list-style: none; }
    ${first(C.row)} { list-style: none; }
    ${first(C.rowInner)} { height: 64px; box-sizing: border-box; padding: 8px 16px; display: flex; align-items: center; gap: 12px; }
    ${first(C.rowLink)} { flex: 1; min-width: 0; display: flex; align-items: center; gap: 12px; }
    ${first(C.rowAvatar)} { width: 48px; height: 48px; flex: none; }
    ${first(C.avatarImg)} { width: 100%; height: 100%; display: block; object-fit: cover; }
    ${first(C.rowText)} { min-width: 0; display: flex; flex-direction: column; }
    ${first(C.nameLine)} { display: flex; align-items: center; gap: 4px; }
    ${first(N.nickname)} { font-weight: 700; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    ${first(N.uniqueId)} { margin: 0; color: rgba(22, 24, 35, .75); font-size: 14px; }
    ${first(C.followButton)} { min-width: 104px; border: 0; border-radius: 4px; padding: 6px 12px; background: #fe2c55;
      color: #fff; font-weight: 600; font-size: 15px; cursor: pointer; }
    ${first(C.followButtonMuted)} { background: rgba(22, 24, 35, .06); color: #161823; }
    ${first(C.loading)} { height: 56px; display: flex; align-items: center; justify-content: center; }
    ${first(C.spinner)} { animation: mockttspin .8s linear infinite; }
    @keyframes mockttspin { to { transform: rotate(360deg); } }
    ${first(C.privateNote)} { padding: 80px 32px; text-align: center; font-weight: 600; color: rgba(22, 24, 35, .75); }
    ${first(C.hiddenCaptcha)} { display: none; }
    ${first(C.login)} { width: 420px; background: #fff; border-radius: 8px; padding: 48px 32px; position: relative; text-align: center; }
    ${first(C.loginTitle)} { font-size: 28px; margin: 0 0 12px; }
    ${first(C.loginText)} { color: rgba(22, 24, 35, .75); margin: 0; }
    ${first(C.captchaOverlay)} { position: fixed; inset: 0; background: rgba(0, 0, 0, .5); display: flex;
      align-items: center; justify-content: center; z-index: 1000; }
    ${first(C.captchaBox)} { width: 340px; background: #fff; border-radius: 8px; padding: 16px 20px; }
    ${first(C.captchaHead)} { display: flex; justify-content: space-between; align-items: center; font-weight: 600; }
    ${first(C.captchaText)} { margin: 8px 0 12px; color: rgba(22, 24, 35, .75); }
    ${first(C.captchaPuzzle)} { position: relative; height: 170px; border-radius: 4px;
      background: linear-gradient(135deg, #7aa7c7, #d8a47f 60%, #5e7d4f); }
    ${first(C.captchaPiece)} { position: absolute; top: 60px; width: 48px; height: 48px; border-radius: 6px;
      background: rgba(255, 255, 255, .7); box-shadow: 0 0 4px rgba(0, 0, 0, .5); }
    ${first(C.captchaTrack)} { position: relative; height: 40px; margin-top: 12px; border-radius: 20px; background: #f1f1f2; }
    ${first(C.captchaHandle)} { position: absolute; left: 0; top: 0; width: 60px; height: 40px; border-radius: 20px;
      background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, .3); cursor: grab; touch-action: none;
      display: flex; align-items: center; justify-content: center; }
  `;

  // ---------------------------------------------------------------------------------------------
  // DOM helpers specific to this site (the generic ones come from mock-dom.js).

  /** A stroked 24x24 icon. SITES is silent on TikTok's icons; they carry no text, so they add none to rows. */
  function icon(drawing, size = 24) {
    return svg(
      'svg',
      {
        viewBox: '0 0 24 24',
        width: size,
        height: size,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': 2,
        'aria-hidden': 'true',
      },
      drawing.map((d) => svg('path', { d })),
    );
  }

  /** SITES is silent on TikTok's verified badge: an svg with aria-label only (no <title>, so no text). */
  function verifiedBadge(size) {
    return svg(
      'svg',
      { viewBox: '0 0 48 48', width: size, height: size, class: C.badge, 'aria-label': 'Verified account' },
      [
        svg('circle', { cx: 24, cy: 24, r: 24, fill: '#20d5ec' }),
        svg('path', { d: 'M14 24.5l7 7 13-14', stroke: '#fff', 'stroke-width': 4, fill: 'none' }),
      ],
    );
  }

  function spinner() {
    return svg(
      'svg',
      { viewBox: '0 0 48 48', width: 32, height: 32, class: C.spinner, 'aria-hidden': 'true' },
      [
        svg('circle', {
          cx: 24,
          cy: 24,
          r: 18,
          fill: 'none',
          stroke: 'rgba(22,24,35,.12)',
          'stroke-width': 4,
        }),
        svg('path', { d: 'M24 6a18 18 0 0 1 18 18', fill: 'none', stroke: '#fe2c55', 'stroke-width': 4 }),
      ],
    );
  }

  /** SITES: avatar `span[shape="circle"] > img`. SITES is silent on the alt text: the nickname here. */
  function avatar(account, cls) {
    return h(
      'span',
      { shape: 'circle', class: cls ? `${C.avatarShape} ${cls}` : C.avatarShape },
      h('img', {
        src: avatarSrc(account.handle),
        alt: nicknameOf(account),
        loading: 'lazy',
        class: C.avatarImg,
      }),
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Data

  function readScenario() {
    const script = document.getElementById('__mock_scenario');
    return JSON.parse(script ? script.textContent : '{}');
  }

  function indexKnownAccounts() {
    const byHandle = new Map();
    for (const account of [...scenario.following, ...scenario.followers])
      byHandle.set(account.handle, account);
    return byHandle;
  }

  /** SITES is silent: on TikTok a nickname is never empty (it defaults to the handle), so neither is it here. */
  function nicknameOf(account) {
    return account.nickname || account.handle;
  }

  const WORDS_A = ['neon', 'cozy', 'wild', 'tiny', 'happy', 'retro', 'chill', 'spicy', 'lunar', 'mellow'];
  const WORDS_B = ['bakes', 'beats', 'vlogs', 'cats', 'trails', 'sketch', 'dance', 'garden', 'gamer', 'fits'];

  /** Deterministic fake accounts for the lists of users other than `me`. */
  function generatedAccounts(owner, kind, count) {
    const accounts = [];
    const limit = Math.min(count, OTHER_LIST_LIMIT);
    for (let i = 0; i < limit; i += 1) {
      const seed = hashString(`${owner}/${kind}/${i}`);
      const a = WORDS_A[seed % WORDS_A.length];
      const b = WORDS_B[(seed >>> 8) % WORDS_B.length];
      const handle = `${a}_${b}${i}`;
      const nickname = seed % 3 === 0 ? undefined : `${capitalize(a)} ${capitalize(b)}`;
      accounts.push({ handle, nickname, verified: seed % 13 === 0 });
    }
    return accounts;
  }

  /** Counts for other users spread over magnitudes so both plain and abbreviated forms appear. */
  function generatedCount(owner, salt) {
    const seed = hashString(owner + salt);
    const magnitudes = [23, 640, 5321, 48210, 312456, 2345678];
    const base = magnitudes[seed % magnitudes.length];
    return base + ((seed >>> 12) % Math.max(1, Math.floor(base / 10)));
  }

  function capitalize(word) {
    return word.charAt(0).toUpperCase() + word.slice(1);
  }

  /** Everything a profile page, its rehydration JSON and its follow dialog need for `handle`. */
  function profileOf(handle) {
    const known = knownAccounts.get(handle);
    if (scenario.me !== null && handle === scenario.me) {
      const friends = scenario.following.filter((a) => myFollowers.has(a.handle));
      return {
        handle,
        nickname: known ? nicknameOf(known) : handle,
        verified: Boolean(known && known.verified),
        isMe: true,
        followerCount: scenario.followerCount,
        followingCount: scenario.followingCount,
        friendCount: friends.length,
        heartCount: generatedCount(handle, '#hearts') % 100000,
        lists: { following: scenario.following, followers: scenario.followers, friends },
        privateLists: false,
      };
    }
    const followerCount = generatedCount(handle, '#followers');
    const followingCount = generatedCount(handle, '#following') % 9000;
    return {
      handle,
      nickname: known ? nicknameOf(known) : capitalize(handle.replace(/[._]+/g, ' ').trim()),
      verified: Boolean(known && known.verified),
      isMe: false,
      followerCount,
      followingCount,
      friendCount: Math.min(followerCount, followingCount) % 250,
      heartCount: generatedCount(handle, '#hearts'),
      lists: {
        following: generatedAccounts(handle, 'following', followingCount),
        followers: generatedAccounts(handle, 'followers', followerCount),
      },
      privateLists: scenario.privateLists,
    };
  }

  /**
   * TikTok's follow button on a row, from my point of view (SITES: Follow / Following / Friends / Follow back).
   * SITES is silent on which text goes where; mutual → Friends, only I follow → Following, only they follow
   * me → Follow back, neither → Follow; no button on my own row.
   */
  function followButtonText(account) {
    if (scenario.me === null) return 'Follow';
    if (account.handle === scenario.me) return null;
    const iFollow = myFollowing.has(account.handle);
    const followsMe = myFollowers.has(account.handle);
    if (iFollow && followsMe) return 'Friends';
    if (iFollow) return 'Following';
    if (followsMe) return 'Follow back';
    return 'Follow';
  }

  // ---------------------------------------------------------------------------------------------
  // Formatting. SITES: abbreviated ("12.3K"). SITES is silent below that: plain digits without a separator
  // under 10,000 ("1234"), then one truncated decimal with K / M / B ("12.3K", "12K", "1.2M").

  function formatCount(n) {
    if (n < 10000) return String(n);
    for (const [size, suffix] of [
      [1e9, 'B'],
      [1e6, 'M'],
      [1e3, 'K'],
    ]) {
      if (n >= size) return String(Math.floor((n / size) * 10) / 10) + suffix;
    }
    return String(n);
  }

  // ---------------------------------------------------------------------------------------------
  // Routing

  /** @returns {{page: 'home'|'section'|'profile'|'missing', user?: string, title?: string}} */
  function parseRoute(pathname) {
    const parts = pathname.split('/').filter(Boolean);
    if (parts.length === 0) return { page: 'home' };
    const [head, ...rest] = parts;
    if (head.startsWith('@')) {
      const user = head.slice(1);
      // SITES is silent on sub-pages such as /@user/video/1: they are "not found" here.
      return HANDLE.test(user) && rest.length === 0 ? { page: 'profile', user } : { page: 'missing' };
    }
    if (SECTIONS.has(head) && rest.length === 0) return { page: 'section', title: SECTIONS.get(head) };
    return { page: 'missing' };
  }

  /**
   * SITES: exact figures are in `script#__UNIVERSAL_DATA_FOR_REHYDRATION__`. It describes the page as it was
   * LOADED and is never updated by client-side navigation (as on the real site): after a pushState to
   * another profile it still holds the first one. Pages that are not profiles have no "webapp.user-detail".
   */
  function insertRehydrationData(route) {
    const scope = { 'webapp.app-context': { language: 'en', region: 'US' } };
    if (route.page === 'profile') {
      const profile = profileOf(route.user);
      scope['webapp.user-detail'] = {
        statusCode: 0,
        statusMsg: '',
        userInfo: {
          user: {
            uniqueId: profile.handle,
            nickname: profile.nickname,
            verified: profile.verified,
            privateAccount: false,
          },
          stats: {
            followerCount: profile.followerCount,
            followingCount: profile.followingCount,
            friendCount: profile.friendCount,
            heartCount: profile.heartCount,
            videoCount: 0,
          },
        },
      };
    }
    // textContent of a script element is not parsed as HTML, so no escaping is needed here.
    document.body.append(
      h('script', {
        id: '__UNIVERSAL_DATA_FOR_REHYDRATION__',
        type: 'application/json',
        text: JSON.stringify({ __DEFAULT_SCOPE__: scope }),
      }),
    );
  }

  // ---------------------------------------------------------------------------------------------
  // App shell: top bar, side navigation, main area, the always-present hidden captcha, a layer for modals.

  const shell = { main: null, layer: null, sideNav: null, topBar: null };
  let currentRoute = { page: 'home' };

  function buildShell() {
    shell.main = h('main', { class: C.main });
    shell.layer = h('div', { class: C.layer });
    shell.sideNav = buildSideNav();
    shell.topBar = buildTopBar();
    return h('div', { class: C.app }, [
      shell.topBar,
      h('div', { class: C.body }, [shell.sideNav, shell.main]),
      buildHiddenCaptcha(),
      shell.layer,
    ]);
  }

  /** SITES: logged out shows `[data-e2e="top-login-button"]`. SITES is silent on the rest of the bar. */
  function buildTopBar() {
    const right =
      scenario.me === null
        ? [
            h('button', {
              type: 'button',
              'data-e2e': 'top-login-button',
              class: C.loginButton,
              text: 'Log in',
              onclick: showLoginModal,
            }),
          ]
        : [
            h('a', { href: '/upload', class: C.topLink, text: '+ Upload' }),
            h('div', { role: 'button', tabindex: 0, 'aria-label': 'Inbox' }, icon(['M4 4h16v12H8l-4 4z'])),
          ];
    return h('div', { class: C.topBar }, [
      h('a', { href: '/', class: C.logo, 'aria-label': 'Go to TikTok For You feed', text: 'TikTok' }),
      h(
        'form',
        { class: C.searchForm, role: 'search', onsubmit: (event) => event.preventDefault() },
        h('input', { type: 'search', placeholder: 'Search', 'aria-label': 'Search', class: C.searchInput }),
      ),
      h('div', { class: C.topRight }, right),
    ]);
  }

  function buildSideNav() {
    const navLink = (href, label, drawing) =>
      h('a', { href, class: C.navLink }, [
        h('span', { class: C.navIcon }, icon(drawing)),
        h('span', { class: C.navLabel, text: label }),
      ]);
    return h('div', { class: C.sideNav }, [
      navLink('/', 'For You', ['M3 11l9-8 9 8v10h-6v-6h-6v6H3z']),
      navLink('/explore', 'Explore', ['M12 21a9 9 0 1 0 0-18a9 9 0 1 0 0 18', 'M15 9l-2 5-4 1 2-5z']),
      // A feed called "Following" that is nobody's list (the real site has it too).
      navLink('/following', 'Following', [
        'M9 11a4 4 0 1 0 0-8a4 4 0 0 0 0 8',
        'M2 21c0-4 3-7 7-7s7 3 7 7',
        'M17 8h6',
        'M20 5v6',
      ]),
      navLink('/friends', 'Friends', [
        'M8 11a3 3 0 1 0 0-6a3 3 0 0 0 0 6',
        'M16 11a3 3 0 1 0 0-6a3 3 0 0 0 0 6',
        'M2 20c0-3 3-6 6-6s6 3 6 6',
      ]),
      navLink('/live', 'LIVE', ['M3 6h18v12H3z', 'M10 9l5 3-5 3z']),
      scenario.me === null ? null : navLink('/messages', 'Messages', ['M4 4h16v12H8l-4 4z']),
    ]);
  }

  /**
   * SITES: the logged-in user is `a[data-e2e="nav-profile"]` with `href="/@<me>"`, which "appears late":
   * it is inserted navProfileDelayMs after the page loaded (and never exists when logged out).
   */
  function insertNavProfileLater() {
    if (scenario.me === null) return;
    const me = profileOf(scenario.me);
    // SITES variants: the hook on the link itself, or on a wrapper (nav-profile or profile-icon) around it.
    const hook = scenario.navProfile === 'link' ? 'nav-profile' : scenario.navProfile;
    setTimeout(() => {
      const link = h('a', { href: `/@${me.handle}`, class: C.navLink }, [
        avatar(me, C.navAvatar),
        h('span', { class: C.navLabel, text: 'Profile' }),
      ]);
      if (scenario.navProfile === 'link') link.setAttribute('data-e2e', hook);
      shell.sideNav.append(scenario.navProfile === 'link' ? link : h('div', { 'data-e2e': hook }, link));
    }, scenario.navProfileDelayMs);
  }

  /** The session expired: the top bar offers "Log in", the profile link goes, the list stops loading. */
  function logOut() {
    scenario.me = null;
    const loggedOutBar = buildTopBar();
    shell.topBar.replaceWith(loggedOutBar);
    shell.topBar = loggedOutBar;
    shell.sideNav.querySelector('[data-e2e="nav-profile"], [data-e2e="profile-icon"]')?.remove();
  }

  /**
   * SITES: "hidden captcha elements exist on normal pages (check visibility)". This one is always in the
   * DOM, not displayed, and looks like the real captcha inside (text and slider), so only a reader that
   * checks visibility is not fooled.
   */
  function buildHiddenCaptcha() {
    return h(
      'div',
      { id: 'captcha-verify-container-main-page', class: C.hiddenCaptcha, style: { display: 'none' } },
      h('div', { class: 'captcha-verify-container' }, [
        h('div', { class: C.captchaText, text: 'Drag the slider to fit the puzzle' }),
        h(
          'div',
          { class: C.captchaTrack },
          h('div', {
            role: 'slider',
            'aria-label': 'Slider',
            'aria-valuemin': 0,
            'aria-valuemax': 100,
            'aria-valuenow': 0,
            class: C.captchaHandle,
          }),
        ),
      ]),
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Pages

  function renderRoute() {
    currentRoute = parseRoute(location.pathname);
    shell.main.replaceChildren(pageFor(currentRoute));
    window.scrollTo(0, 0);
  }

  function pageFor(route) {
    if (route.page === 'home') return renderHome();
    if (route.page === 'profile') return renderProfile(profileOf(route.user));
    if (route.page === 'section') return renderSection(route.title);
    return renderMissing();
  }

  function renderHome() {
    document.title = 'TikTok - Make Your Day';
    const authors = [...scenario.following.slice(0, 3), ...SUGGESTED.slice(0, 1)];
    const videos = authors.map((account) =>
      h('article', { class: C.video }, [
        h('a', { href: `/@${account.handle}`, class: C.videoAuthor }, [
          avatar(account, C.rowAvatar),
          h('span', { text: account.handle }),
        ]),
        h('div', {
          class: C.videoFrame,
          style: { background: `hsl(${hashString(account.handle) % 360},45%,80%)` },
        }),
      ]),
    );
    return h('div', { class: C.page }, h('div', { class: C.feed }, videos));
  }

  function renderSection(title) {
    document.title = `${title} | TikTok`;
    return h('div', { class: C.page }, h('div', { class: C.empty, text: title }));
  }

  function renderMissing() {
    document.title = 'TikTok - Make Your Day';
    return h('div', { class: C.page }, [
      h('div', { class: C.empty, text: "Couldn't find this account" }),
      h('a', { href: '/', text: 'Go to For You' }),
    ]);
  }

  /**
   * Profile header. SITES: "take the handle from the URL, not from h1/h2 (sources disagree which is
   * which)": here h1 holds the NICKNAME and h2 the handle, so a reader of h1 gets the wrong thing.
   */
  function renderProfile(profile) {
    document.title = `${profile.nickname} (@${profile.handle}) | TikTok`;
    const buttons = profile.isMe
      ? [h('button', { type: 'button', class: C.primaryButton, text: 'Edit profile' })]
      : [
          h('button', {
            type: 'button',
            class: C.primaryButton,
            text: followButtonText(profile) || 'Follow',
          }),
          h('button', { type: 'button', class: C.secondaryButton, text: 'Message' }),
        ];
    return h('div', { class: C.page }, [
      h('div', { class: C.header }, [
        avatar(profile, C.bigAvatar),
        h('div', { class: C.headerText }, [
          h('h1', { class: C.title }, [
            h('span', { text: profile.nickname }),
            profile.verified ? verifiedBadge(20) : null,
          ]),
          h('h2', { class: C.subtitle, text: profile.handle }),
          h('div', { class: C.headerButtons }, buttons),
          h('div', { class: C.counts }, [
            countItem(profile, 'following', 'following-count', profile.followingCount, 'Following'),
            countItem(profile, 'followers', 'followers-count', profile.followerCount, 'Followers'),
            countItem(profile, null, 'likes-count', profile.heartCount, 'Likes'),
          ]),
          h('div', { class: C.bio, text: 'No bio yet.' }),
        ]),
      ]),
      h('div', { class: C.empty, text: 'No content' }),
    ]);
  }

  /**
   * SITES: `strong[data-e2e="following-count"]` / `strong[data-e2e="followers-count"]`, abbreviated. The
   * wrapping div (or the strong inside it) opens the follow dialog; SITES is silent on the wrapper and the
   * label, and on "Likes" (`likes-count`, not clickable).
   */
  function countItem(profile, tab, e2e, count, label) {
    return h(
      'div',
      {
        class: C.countItem,
        'data-static': tab === null,
        onclick: tab === null ? null : () => openFollowPopup(profile, tab),
      },
      [
        h('strong', { 'data-e2e': e2e, class: C.countNumber, text: formatCount(count) }),
        h('span', { class: C.countLabel, text: label }),
      ],
    );
  }

  // ---------------------------------------------------------------------------------------------
  // The follow dialog (SITES: `div[role="dialog"][data-e2e="follow-info-popup"]`, opened over the profile
  // without changing the URL; tabs with `strong` counts; close `[data-e2e="follow-popup-close"]`; rows in
  // `div[class*="DivUserListContainer"]`; pages loaded one after another as the list is scrolled).

  /** The open dialog, or null: { profile, els, tabs: Map(key -> tab element), list }. */
  let popup = null;
  let loginModal = null;
  let scrollFrame = 0;

  /** Batches loaded on this page load (all lists together) and the captcha state. */
  const captcha = { batches: 0, solved: false, overlay: null };

  function openFollowPopup(profile, tab) {
    if (scenario.me === null) {
      // SITES is silent: logged out, the counts open a login prompt instead of the lists.
      showLoginModal();
      return;
    }
    closeFollowPopup();
    const listTabs = [
      { key: 'following', label: WORDS.following, count: profile.followingCount },
      { key: 'followers', label: WORDS.followers, count: profile.followerCount },
    ];
    // A variant the adapter can't place: the lists' tabs in the other order.
    if (scenario.tabOrder === 'followers-first') listTabs.reverse();
    const tabs = [
      ...listTabs,
      // SITES: "maybe Friends": only on your own profile here.
      profile.isMe ? { key: 'friends', label: WORDS.friends, count: profile.friendCount } : null,
      { key: 'suggested', label: WORDS.suggested, count: SUGGESTED.length },
    ].filter(Boolean);
    const els = buildFollowPopup(profile, tabs);
    popup = { profile, els, tabs: els.tabs, list: null };
    shell.layer.append(els.overlay);
    selectTab(tab);
  }

  function buildFollowPopup(profile, tabs) {
    // Default: role="tab" with aria-selected in a role="tablist", each a label span followed by a `strong`
    // with the abbreviated count. SITES variant 'plain': `div[class*="DivTabItem"]` holding a label `div` and
    // a `strong`, no role, no aria-selected; the active tab is the one whose class differs (see selectTab).
    const plain = scenario.tabs === 'plain';
    const tabEls = new Map(
      tabs.map((tab) => [
        tab.key,
        h(
          'div',
          {
            ...(plain ? {} : { role: 'tab', tabindex: 0, 'aria-selected': 'false' }),
            class: plain ? N.tabItem : C.tab,
            onclick: () => selectTab(tab.key),
          },
          [
            h(plain ? 'div' : 'span', { class: C.tabLabel, text: tab.label }),
            ' ',
            h('strong', { class: C.tabCount, text: formatCount(tab.count) }),
          ],
        ),
      ]),
    );
    const container = h('div', { class: N.userListContainer });
    container.addEventListener('scroll', onListScroll, { passive: true });
    const close = h(
      'div',
      {
        role: 'button',
        tabindex: 0,
        'aria-label': 'Close',
        'data-e2e': 'follow-popup-close',
        class: C.closeButton,
        onclick: closeFollowPopup,
      },
      icon(['M6 6l12 12', 'M18 6L6 18'], 18),
    );
    // SITES variant 'portal': the dialog without its data-e2e hook, a modal section in #tux-portal-container.
    const portal = scenario.dialog === 'portal';
    const dialog = h(
      portal ? 'section' : 'div',
      portal
        ? { role: 'dialog', 'aria-modal': 'true', class: C.popup }
        : { role: 'dialog', 'aria-modal': 'true', 'data-e2e': 'follow-info-popup', class: C.popup },
      [
        // SITES is silent on the title: the profile's nickname in a plain div (not h1/h2, so the page's
        // headings stay those of the profile).
        h('div', { class: C.popupHeader }, [
          h('div', { class: C.popupTitle, text: profile.nickname }),
          close,
        ]),
        h('div', plain ? { class: C.tabs } : { role: 'tablist', class: C.tabs }, [...tabEls.values()]),
        container,
      ],
    );
    const backdrop = h('div', { class: C.overlay }, dialog);
    backdrop.addEventListener('click', (event) => {
      if (event.target === backdrop) closeFollowPopup();
    });
    const overlay = portal ? h('div', { id: 'tux-portal-container' }, backdrop) : backdrop;
    return { overlay, dialog, container, tabs: tabEls };
  }

  function closeFollowPopup() {
    if (!popup) return;
    stopList(popup.list);
    popup.els.overlay.remove();
    popup = null;
  }

  /** Switching tabs replaces the list: back to the top, the new list's first page. */
  function selectTab(key) {
    if (!popup) return;
    for (const [tabKey, el] of popup.tabs) {
      if (scenario.tabs === 'plain') el.className = tabKey === key ? N.tabItemActive : N.tabItem;
      else el.setAttribute('aria-selected', String(tabKey === key));
    }
    stopList(popup.list);
    const { profile, els } = popup;
    els.container.replaceChildren();
    els.container.scrollTop = 0;

    if (key === 'suggested') {
      // Not anybody's list: a few accounts, all at once.
      popup.list = null;
      els.container.append(...SUGGESTED.map((account) => buildRow(account, 'Follow')));
      return;
    }
    if (profile.privateLists) {
      // SITES: "Private lists: This account's followers list is private". No rows, no loading.
      popup.list = null;
      const which = key === 'followers' ? 'followers' : 'following';
      els.container.append(h('p', { class: C.privateNote, text: WORDS.private(which) }));
      return;
    }
    const accounts = profile.lists[key] || [];
    popup.list = {
      key,
      accounts,
      // SITES: the web list stops near 5,000 "and sometimes far earlier": nothing after webListLimit rows.
      limit: Math.min(accounts.length, scenario.webListLimit),
      shown: 0,
      loading: false,
      timer: 0,
      spinner: null,
    };
    // SITES is silent on whether the first page comes with the dialog: here the dialog opens empty with the
    // spinner and the first page arrives after loadDelayMs, as a fetch would.
    requestBatch(popup.list);
  }

  function stopList(list) {
    if (!list) return;
    clearTimeout(list.timer);
    list.loading = false;
    if (list.spinner) list.spinner.remove();
    list.spinner = null;
  }

  function onListScroll() {
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      if (popup && popup.list) loadMoreIfNearBottom(popup.list);
    });
  }

  function loadMoreIfNearBottom(list) {
    const { container } = popup.els;
    const distance = container.scrollHeight - container.scrollTop - container.clientHeight;
    if (distance <= LOAD_THRESHOLD) requestBatch(list);
  }

  /**
   * Fetch the next page: a spinner for loadDelayMs, then the rows are APPENDED (SITES does not say the
   * dialog virtualizes; rows stay). At webListLimit or the real end nothing more happens: no spinner, the
   * list just ends. After captchaAfterBatches pages on this page load, the captcha appears instead.
   * SITES is silent on the spinner: `div[data-e2e="follow-list-loading"][role="progressbar"]` with an svg,
   * after the last row inside the scroll container.
   */
  function requestBatch(list) {
    if (!popup || popup.list !== list || list.loading || list.shown >= list.limit) return;
    if (captchaDue()) {
      showCaptcha();
      return;
    }
    if (scenario.loggedOutAfterBatches !== null && captcha.batches >= scenario.loggedOutAfterBatches) {
      logOut();
      return;
    }
    list.loading = true;
    // SITES variant 'container': a loading row `[class*="DivLoadingContainer"]`, with no role or hook.
    list.spinner = h(
      'div',
      scenario.loading === 'container'
        ? { class: N.loadingContainer }
        : {
            'data-e2e': 'follow-list-loading',
            role: 'progressbar',
            'aria-label': 'Loading',
            class: C.loading,
          },
      spinner(),
    );
    popup.els.container.append(list.spinner);
    list.timer = setTimeout(() => {
      if (!popup || popup.list !== list) return;
      stopList(list);
      const next = list.accounts.slice(list.shown, Math.min(list.limit, list.shown + scenario.batchSize));
      popup.els.container.append(...next.map((account) => buildRow(account, followButtonText(account))));
      list.shown += next.length;
      captcha.batches += 1;
      loadMoreIfNearBottom(list); // still near the bottom (short page): keep going, like an intersection observer
    }, scenario.loadDelayMs);
  }

  /**
   * One row. SITES: `li` holding `a[href="/@handle"]`, avatar `span[shape="circle"] > img`, nickname
   * `[class*="SpanNickname"]`, handle `p[class*="UniqueId"]`, `button[data-e2e="follow-button"]`.
   * SITES is silent on the arrangement: the link wraps avatar, nickname and handle; the button is outside
   * the link; no `ul` around the rows; the handle is shown without "@".
   */
  function buildRow(account, buttonText) {
    // Layout variant: rows are no longer list items.
    return h(
      scenario.layout === 'rows-without-items' ? 'div' : 'li',
      { class: C.row },
      h('div', { class: C.rowInner }, [
        h('a', { href: `/@${account.handle}`, class: C.rowLink }, [
          h('div', { class: C.rowAvatar }, avatar(account, null)),
          h('div', { class: C.rowText }, [
            h('div', { class: C.nameLine }, [
              h('span', { class: N.nickname, text: nicknameOf(account) }),
              account.verified ? verifiedBadge(14) : null,
            ]),
            h('p', { class: N.uniqueId, text: account.handle }),
          ]),
        ]),
        buttonText
          ? h(
              'div',
              { class: C.rowButtonWrap },
              h('button', {
                type: 'button',
                'data-e2e': 'follow-button',
                class:
                  buttonText === 'Follow' || buttonText === 'Follow back'
                    ? C.followButton
                    : `${C.followButton} ${C.followButtonMuted}`,
                text: buttonText,
              }),
            )
          : null,
      ]),
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Captcha (SITES: "Captchas appear as sliders"). SITES is silent on its markup: a new overlay appended to
  // the body holding `div.captcha-verify-container` (the real security SDK's class names are not
  // generated), the text "Drag the slider to fit the puzzle" and a `div[role="slider"]`. While it is up
  // nothing loads. Dragging the slider to the end solves it: it goes away, loading resumes, and no other
  // captcha comes on this page load. Closing it without solving leaves loading stopped (the next attempt
  // shows it again).

  function captchaDue() {
    return (
      scenario.captchaAfterBatches !== null &&
      !captcha.solved &&
      captcha.batches >= scenario.captchaAfterBatches
    );
  }

  function showCaptcha() {
    if (captcha.overlay) return;
    const handle = h(
      'div',
      {
        role: 'slider',
        tabindex: 0,
        'aria-label': 'Slider',
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': 0,
        class: C.captchaHandle,
      },
      icon(['M5 12h14', 'M13 6l6 6-6 6'], 20),
    );
    const track = h('div', { class: C.captchaTrack }, handle);
    const piece = h('div', { class: C.captchaPiece, style: { left: '10px' } });
    const box = h('div', { class: `captcha-verify-container ${C.captchaBox}` }, [
      h('div', { class: C.captchaHead }, [
        h('span', { text: 'Verify to continue:' }),
        h(
          'div',
          { role: 'button', tabindex: 0, 'aria-label': 'Close', onclick: closeCaptcha },
          icon(['M6 6l12 12', 'M18 6L6 18'], 18),
        ),
      ]),
      h('div', { class: C.captchaText, text: 'Drag the slider to fit the puzzle' }),
      h('div', { class: C.captchaPuzzle }, piece),
      track,
    ]);
    captcha.overlay = h('div', { class: C.captchaOverlay }, box);
    document.body.append(captcha.overlay);
    makeDraggable(track, handle, piece);
  }

  function makeDraggable(track, handle, piece) {
    let startX = 0;
    let dragging = false;
    const maxLeft = () => track.clientWidth - handle.offsetWidth;
    const place = (left) => {
      handle.style.left = `${left}px`;
      piece.style.left = `${10 + left}px`;
      handle.setAttribute('aria-valuenow', String(Math.round((left / Math.max(1, maxLeft())) * 100)));
    };
    handle.addEventListener('pointerdown', (event) => {
      dragging = true;
      startX = event.clientX;
      handle.setPointerCapture(event.pointerId);
    });
    handle.addEventListener('pointermove', (event) => {
      if (dragging) place(Math.max(0, Math.min(maxLeft(), event.clientX - startX)));
    });
    handle.addEventListener('pointerup', (event) => {
      if (!dragging) return;
      dragging = false;
      if (event.clientX - startX >= maxLeft() - 4) solveCaptcha();
      else place(0);
    });
  }

  function solveCaptcha() {
    captcha.solved = true;
    closeCaptcha();
    if (popup && popup.list) loadMoreIfNearBottom(popup.list);
  }

  function closeCaptcha() {
    if (!captcha.overlay) return;
    captcha.overlay.remove();
    captcha.overlay = null;
  }

  // ---------------------------------------------------------------------------------------------
  // Login prompt (SITES is silent on it): from the top-login-button, or the counts when logged out.

  function showLoginModal() {
    if (loginModal) return;
    const box = h('div', { role: 'dialog', 'aria-modal': 'true', class: C.login }, [
      h(
        'div',
        {
          role: 'button',
          tabindex: 0,
          'aria-label': 'Close',
          class: C.closeButton,
          onclick: closeLoginModal,
        },
        icon(['M6 6l12 12', 'M18 6L6 18'], 18),
      ),
      h('h2', { class: C.loginTitle, text: 'Log in to TikTok' }),
      h('p', {
        class: C.loginText,
        text: 'Manage your account, check notifications, comment on videos, and more.',
      }),
    ]);
    loginModal = h('div', { class: C.overlay }, box);
    shell.layer.append(loginModal);
  }

  function closeLoginModal() {
    if (!loginModal) return;
    loginModal.remove();
    loginModal = null;
  }

  // ---------------------------------------------------------------------------------------------
  // Events: the real site is a single-page app (pushState navigation, popstate for back/forward).

  function onDocumentClick(event) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || link.target === '_blank') return;
    const url = new URL(link.getAttribute('href'), location.href);
    if (url.origin !== location.origin) return;
    event.preventDefault();
    // Any in-app link (including a row inside the dialog) closes the dialog and navigates without a load.
    closeFollowPopup();
    closeLoginModal();
    history.pushState(null, '', url.pathname + url.search + url.hash);
    renderRoute();
  }

  function onKeyDown(event) {
    if (event.key !== 'Escape') return;
    // The captcha does not close with Escape (SITES is silent).
    if (loginModal) closeLoginModal();
    else closeFollowPopup();
  }

  function onPopState() {
    closeFollowPopup();
    closeLoginModal();
    renderRoute();
  }

  function start() {
    document.head.append(h('style', { text: CSS }));
    insertRehydrationData(parseRoute(location.pathname));
    const mount = document.getElementById('app') || document.body;
    mount.append(buildShell());
    document.addEventListener('click', onDocumentClick);
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('popstate', onPopState);
    renderRoute();
    insertNavProfileLater();
  }

  start();
})();

// Mock Instagram web app used by the end-to-end tests (served as /static/mock-app.js by server.ts).
//
// It reproduces only what /work/shared/SITES.md ("Instagram") says about the real site: roles, aria
// labels, link shapes, title attributes and structure. Class names are meaningless generated-looking
// strings, as on the real site, so nothing that reads this page can rely on them.
//
// Plain browser JS, no build step. All data is put into the DOM with createElement/textContent.
(() => {
  'use strict';
  // Served just before this app: see tests/e2e/support/mock-dom.js.
  const { h, svg, hashString, avatarSrc } = window.mockDom;

  const ROW_HEIGHT = 60; // px; rows are fixed-height so the virtual list can compute its padding
  const BUFFER_ROWS = 3; // rows rendered above and below the visible area
  const LIST_HEIGHT = 400; // px; fixed height of the dialog's scroll container
  const OTHER_LIST_LIMIT = 48; // generated lists of other users are truncated ("lists ... are truncated")

  // SITES.md: a username is `[A-Za-z0-9._]{1,30}` and not one of the reserved top-level paths.
  const USERNAME = /^[A-Za-z0-9._]{1,30}$/;
  const RESERVED = new Set([
    'explore',
    'reels',
    'reel',
    'p',
    'stories',
    'accounts',
    'direct',
    'about',
    'legal',
    'developer',
    'web',
    'api',
    'static',
    'challenge',
  ]);

  const scenario = readScenario();
  // The page's language (SITES: headings, labels and notices are localized). SITES is silent on the exact
  // French wording; these are Instagram's usual French words.
  const LANGUAGES = {
    en: {
      followers: 'Followers',
      following: 'Following',
      loading: 'Loading...',
      tryAgain: [
        'Try Again Later',
        'We limit how often you can do certain things on Instagram to protect our community.',
      ],
    },
    fr: {
      followers: 'Abonnés',
      following: 'Abonnements',
      loading: 'Chargement...',
      tryAgain: [
        'Réessayer plus tard',
        'Nous limitons la fréquence de certaines actions sur Instagram pour protéger notre communauté.',
      ],
    },
  };
  const WORDS = LANGUAGES[scenario.language];
  document.documentElement.lang = scenario.language;
  const followingSet = new Set(scenario.following.map((a) => a.handle));
  const knownAccounts = indexKnownAccounts();

  // ---------------------------------------------------------------------------------------------
  // Generated-looking class names ("x1dm5mii x16mil14 ..."), as on the real site. Keys are for this file
  // only; the strings mean nothing on the page and nothing that reads the page can rely on them.
  const C = generatedClassNames([
    'app',
    'nav',
    'navLink',
    'navLabel',
    'navAvatar',
    'main',
    'page',
    'header',
    'bigAvatar',
    'headerText',
    'handle',
    'headerButtons',
    'counts',
    'count',
    'countNumber',
    'bio',
    'empty',
    'overlay',
    'dialog',
    'dialogHead',
    'heading',
    'closeButton',
    'searchBox',
    'searchInput',
    'scroller',
    'list',
    'row',
    'avatarCell',
    'avatarImg',
    'storyRing',
    'textCell',
    'nameLine',
    'usernameLink',
    'username',
    'displayName',
    'dot',
    'inlineFollow',
    'action',
    'badge',
    'progress',
    'spinner',
    'suggestions',
    'suggestionsTitle',
    'trouble',
    'troubleText',
    'troubleButton',
    'hidden',
    'feed',
    'post',
    'postImage',
    'layer',
  ]);

  function generatedClassNames(keys) {
    const token = (key, n) => 'x' + hashString(`${key}#${n}`).toString(36).slice(0, 7);
    return Object.fromEntries(keys.map((key) => [key, [1, 2, 3].map((n) => token(key, n)).join(' ')]));
  }

  const first = (cls) => '.' + cls.split(' ')[0];
  const CSS = `
    body { margin: 0; font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
      font-size: 14px; color: #000; background: #fff; }
    a { color: inherit; text-decoration: none; }
    ${first(C.app)} { display: flex; min-height: 100vh; }
    ${first(C.nav)} { position: fixed; top: 0; bottom: 0; left: 0; width: 220px; padding: 24px 12px;
      box-sizing: border-box; border-right: 1px solid #dbdbdb; display: flex; flex-direction: column; gap: 4px; }
    ${first(C.navLink)} { display: flex; align-items: center; gap: 14px; padding: 12px; border-radius: 8px; cursor: pointer; }
    ${first(C.navLink)}:hover { background: #f2f2f2; }
    ${first(C.navAvatar)} { width: 24px; height: 24px; border-radius: 50%; }
    ${first(C.main)} { margin-left: 220px; flex: 1; display: flex; justify-content: center; }
    ${first(C.page)} { width: 100%; max-width: 935px; padding: 30px 20px; box-sizing: border-box; }
    ${first(C.header)} { display: flex; gap: 60px; align-items: center; padding: 0 40px 40px;
      border-bottom: 1px solid #dbdbdb; }
    ${first(C.bigAvatar)} { width: 150px; height: 150px; border-radius: 50%; }
    ${first(C.headerText)} { display: flex; flex-direction: column; gap: 18px; }
    ${first(C.handle)} { font-size: 20px; font-weight: 400; margin: 0; }
    ${first(C.headerButtons)} { display: flex; gap: 8px; align-items: center; }
    ${first(C.counts)} { display: flex; gap: 40px; list-style: none; margin: 0; padding: 0; font-size: 16px; }
    ${first(C.countNumber)} { font-weight: 600; }
    ${first(C.bio)} { font-weight: 600; }
    ${first(C.empty)} { text-align: center; padding: 60px 0; font-size: 22px; font-weight: 800; }
    ${first(C.overlay)} { position: fixed; inset: 0; background: rgba(0, 0, 0, .65); display: flex;
      align-items: center; justify-content: center; z-index: 10; }
    ${first(C.dialog)} { width: 400px; background: #fff; border-radius: 12px; overflow: hidden;
      display: flex; flex-direction: column; }
    ${first(C.dialogHead)} { position: relative; height: 42px; display: flex; align-items: center;
      justify-content: center; border-bottom: 1px solid #dbdbdb; }
    ${first(C.heading)} { font-size: 16px; font-weight: 700; margin: 0; }
    ${first(C.closeButton)} { position: absolute; right: 8px; top: 8px; padding: 4px; cursor: pointer; display: flex; }
    ${first(C.searchBox)} { padding: 8px 16px; }
    ${first(C.searchInput)} { width: 100%; box-sizing: border-box; border: 0; border-radius: 8px;
      padding: 8px 12px; background: #efefef; font-size: 14px; }
    ${first(C.scroller)} { height: ${LIST_HEIGHT}px; overflow-y: auto; }
    ${first(C.list)} { display: flex; flex-direction: column; box-sizing: border-box; }
    ${first(C.row)} { height: ${ROW_HEIGHT}px; box-sizing: border-box; padding: 8px 16px; display: flex;
      align-items: center; gap: 12px; overflow: hidden; flex: none; }
    ${first(C.avatarCell)} { width: 44px; height: 44px; flex: none; }
    ${first(C.avatarImg)} { width: 44px; height: 44px; border-radius: 50%; display: block; }
    ${first(C.storyRing)} { border-radius: 50%; padding: 2px; margin: -2px; cursor: pointer;
      background: linear-gradient(45deg, #feda75, #d62976, #4f5bd5); }
    ${first(C.storyRing)} img { border: 2px solid #fff; box-sizing: border-box; }
    ${first(C.textCell)} { flex: 1; min-width: 0; display: flex; flex-direction: column; }
    ${first(C.nameLine)} { display: flex; align-items: center; gap: 4px; white-space: nowrap; }
    ${first(C.username)} { font-weight: 600; }
    ${first(C.displayName)} { color: #737373; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    ${first(C.dot)} { color: #737373; }
    ${first(C.inlineFollow)} { color: #0095f6; font-weight: 600; cursor: pointer; }
    ${first(C.action)} { background: #efefef; border-radius: 8px; padding: 7px 16px; font-weight: 600;
      cursor: pointer; flex: none; }
    ${first(C.progress)} { height: 48px; display: flex; align-items: center; justify-content: center; }
    ${first(C.spinner)} { animation: mockspin 0.8s steps(8) infinite; }
    @keyframes mockspin { to { transform: rotate(360deg); } }
    ${first(C.suggestions)} { border-top: 1px solid #dbdbdb; padding-top: 12px; }
    ${first(C.suggestionsTitle)} { padding: 4px 16px 8px; font-weight: 700; font-size: 16px; }
    ${first(C.trouble)} { width: 400px; background: #fff; border-radius: 12px; text-align: center; overflow: hidden; }
    ${first(C.trouble)} h3 { margin: 32px 32px 8px; font-size: 20px; }
    ${first(C.troubleText)} { margin: 0 32px 24px; color: #737373; }
    ${first(C.troubleButton)} { width: 100%; border: 0; border-top: 1px solid #dbdbdb; background: none;
      padding: 14px; font-weight: 700; color: #0095f6; font-size: 14px; cursor: pointer; }
    ${first(C.hidden)} { display: none; }
    ${first(C.feed)} { max-width: 470px; margin: 0 auto; display: flex; flex-direction: column; gap: 24px; }
    ${first(C.post)} { border-bottom: 1px solid #dbdbdb; padding-bottom: 16px; }
    ${first(C.postImage)} { width: 100%; aspect-ratio: 1; margin-top: 8px; border-radius: 4px; }
  `;

  // ---------------------------------------------------------------------------------------------
  // DOM helpers specific to this site (the generic ones come from mock-dom.js).

  /** An svg icon the way the real site labels them: aria-label + role="img" + <title>. */
  function icon(label, drawing, size = 24) {
    return svg(
      'svg',
      {
        'aria-label': label,
        role: 'img',
        viewBox: '0 0 24 24',
        width: size,
        height: size,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': 2,
      },
      [svg('title', { text: label }), ...drawing.map((d) => svg('path', { d }))],
    );
  }

  function verifiedBadge() {
    return svg(
      'svg',
      {
        'aria-label': 'Verified',
        role: 'img',
        viewBox: '0 0 40 40',
        width: 12,
        height: 12,
        fill: 'rgb(0, 149, 246)',
        class: C.badge,
      },
      [
        svg('title', { text: 'Verified' }),
        svg('path', {
          d: 'M20 2l4.7 3.6 5.9-.3 1.9 5.6 4.9 3.3-1.8 5.8 1.8 5.8-4.9 3.3-1.9 5.6-5.9-.3L20 38l-4.7-3.6-5.9.3-1.9-5.6-4.9-3.3 1.8-5.8-1.8-5.8 4.9-3.3 1.9-5.6 5.9.3z',
        }),
        svg('path', { d: 'M13 20.5l4.5 4.5 9.5-10', stroke: '#fff', 'stroke-width': 3, fill: 'none' }),
      ],
    );
  }

  /** `labelled`: the svg says "Loading..." (in the page's language); otherwise it is hidden from assistive tech. */
  function spinner(labelled = true) {
    const spokes = [];
    for (let i = 0; i < 8; i += 1) {
      spokes.push(
        svg('rect', {
          x: 15,
          y: 2,
          width: 2,
          height: 8,
          rx: 1,
          fill: '#555',
          opacity: (i + 1) / 8,
          transform: `rotate(${i * 45} 16 16)`,
        }),
      );
    }
    const label = WORDS.loading;
    return svg(
      'svg',
      labelled
        ? { 'aria-label': label, role: 'img', viewBox: '0 0 32 32', width: 32, height: 32, class: C.spinner }
        : { 'aria-hidden': 'true', viewBox: '0 0 32 32', width: 32, height: 32, class: C.spinner },
      labelled ? [svg('title', { text: label }), ...spokes] : spokes,
    );
  }

  /** SITES.md: avatar `img` alt is "<username>'s profile picture". */
  function avatarImg(handle, cls) {
    return h('img', {
      class: cls,
      alt: `${handle}'s profile picture`,
      src: avatarSrc(handle),
      draggable: 'false',
    });
  }

  function roleButton(label, cls, onClick) {
    return h('div', { role: 'button', tabindex: 0, class: cls, text: label, onclick: onClick });
  }

  // ---------------------------------------------------------------------------------------------
  // Data

  function readScenario() {
    const script = document.getElementById('__mock_scenario');
    return JSON.parse(script ? script.textContent : '{}');
  }

  function indexKnownAccounts() {
    const byHandle = new Map();
    for (const account of [...scenario.suggestions, ...scenario.following, ...scenario.followers]) {
      byHandle.set(account.handle, account);
    }
    return byHandle;
  }

  const WORDS_A = [
    'quiet',
    'amber',
    'north',
    'lucky',
    'velvet',
    'paper',
    'urban',
    'salty',
    'misty',
    'golden',
  ];
  const WORDS_B = ['river', 'fox', 'studio', 'lens', 'garden', 'harbor', 'atlas', 'pixel', 'meadow', 'kite'];

  /** Deterministic fake accounts for lists of users other than `me` (SITES: tests mostly use `me`). */
  function generatedAccounts(owner, kind, count) {
    const accounts = [];
    const limit = Math.min(count, OTHER_LIST_LIMIT);
    for (let i = 0; i < limit; i += 1) {
      const seed = hashString(`${owner}/${kind}/${i}`);
      const a = WORDS_A[seed % WORDS_A.length];
      const b = WORDS_B[(seed >>> 8) % WORDS_B.length];
      const handle = `${a}.${b}${i}`;
      const name = seed % 3 === 0 ? undefined : capitalize(a) + ' ' + capitalize(b);
      accounts.push({ handle, name, verified: seed % 11 === 0 });
    }
    return accounts;
  }

  /** Counts for other users spread over magnitudes so both exact and abbreviated forms appear. */
  function generatedCount(owner, salt) {
    const seed = hashString(owner + salt);
    const magnitudes = [37, 812, 4567, 12345, 98765, 1234567];
    const base = magnitudes[seed % magnitudes.length];
    return base + ((seed >>> 12) % Math.max(1, Math.floor(base / 10)));
  }

  function capitalize(word) {
    return word.charAt(0).toUpperCase() + word.slice(1);
  }

  /** Everything a profile page and its list dialogs need for `handle`. */
  function profileOf(handle) {
    const known = knownAccounts.get(handle);
    if (handle === scenario.me) {
      return {
        handle,
        name: known && known.name,
        verified: Boolean(known && known.verified),
        followerCount: scenario.followerCount,
        followingCount: scenario.followingCount,
        followers: scenario.followers,
        following: scenario.following,
      };
    }
    const followerCount = generatedCount(handle, '#followers');
    const followingCount = generatedCount(handle, '#following') % 7500;
    return {
      handle,
      name: known ? known.name : capitalize(handle.replace(/[._]+/g, ' ').trim()),
      verified: Boolean(known && known.verified),
      followerCount,
      followingCount,
      followers: generatedAccounts(handle, 'followers', followerCount),
      following: generatedAccounts(handle, 'following', followingCount),
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Formatting (SITES: short text like "12.3K" with the exact number, comma-grouped, in `title`).

  function formatExact(n) {
    return n.toLocaleString('en-US');
  }

  function formatShort(n) {
    if (n < 10000) return formatExact(n);
    const units = [
      [1e9, 'B'],
      [1e6, 'M'],
      [1e3, 'K'],
    ];
    for (const [size, suffix] of units) {
      if (n >= size) return String(Math.floor((n / size) * 10) / 10) + suffix;
    }
    return formatExact(n);
  }

  // ---------------------------------------------------------------------------------------------
  // Routing

  /** @returns {{page: 'home'|'section'|'profile'|'missing', user?: string, list?: string, title?: string}} */
  function parseRoute(pathname) {
    const parts = pathname.split('/').filter(Boolean);
    if (parts.length === 0) return { page: 'home' };
    const [head, tail, ...rest] = parts;
    if (RESERVED.has(head.toLowerCase())) return { page: 'section', title: capitalize(head) };
    if (!USERNAME.test(head) || rest.length > 0) return { page: 'missing' };
    if (tail === undefined) return { page: 'profile', user: head };
    if (tail === 'followers' || tail === 'following') return { page: 'profile', user: head, list: tail };
    return { page: 'missing' };
  }

  // ---------------------------------------------------------------------------------------------
  // App shell: navigation, main area, an always-present hidden dialog, and a layer for open dialogs.

  const shell = { nav: null, main: null, layer: null };
  let currentRoute = { page: 'home' };

  function buildShell() {
    shell.main = h('main', { role: 'main', class: C.main });
    shell.layer = h('div', { class: C.layer });
    shell.nav = h('div', {}, buildNav());
    return h('div', { class: C.app }, [shell.nav, shell.main, buildHiddenSearchPanel(), shell.layer]);
  }

  /** SITES: the logged-in user is the navigation's profile link `a[href="/<me>/"]` with the avatar img. */
  function buildNav() {
    const me = scenario.me;
    const navLink = (href, label, iconEl) =>
      h('a', { href, role: 'link', class: C.navLink }, [
        iconEl,
        h('span', { class: C.navLabel, text: label }),
      ]);
    const navButton = (label, iconEl, onclick) =>
      h('div', { role: 'button', tabindex: 0, class: C.navLink, onclick }, [
        iconEl,
        h('span', { class: C.navLabel, text: label }),
      ]);
    return h(
      'nav',
      {},
      h('div', { class: C.nav }, [
        h(
          'a',
          { href: '/', role: 'link', class: C.navLink },
          icon('Instagram', ['M4 4h16v16H4z', 'M8 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0'], 28),
        ),
        navLink('/', 'Home', icon('Home', ['M3 11l9-8 9 8v10h-6v-6h-6v6H3z'])),
        navButton('Search', icon('Search', ['M10 17a7 7 0 1 0 0-14a7 7 0 1 0 0 14', 'M15 15l6 6'])),
        navLink(
          '/explore/',
          'Explore',
          icon('Explore', ['M12 21a9 9 0 1 0 0-18a9 9 0 1 0 0 18', 'M15 9l-2 5-4 1 2-5z']),
        ),
        navLink('/reels/', 'Reels', icon('Reels', ['M3 3h18v18H3z', 'M10 9l5 3-5 3z'])),
        navLink('/direct/inbox/', 'Messages', icon('Messenger', ['M4 20l2-5a8 8 0 1 1 3 3z'])),
        navButton(
          'Notifications',
          icon('Notifications', ['M12 20s-8-5-8-11a4 4 0 0 1 8-1a4 4 0 0 1 8 1c0 6-8 11-8 11z']),
        ),
        navButton('Create', icon('New post', ['M4 4h16v16H4z', 'M12 8v8', 'M8 12h8'])),
        h('a', { href: `/${me}/`, role: 'link', class: C.navLink }, [
          h('span', {}, avatarImg(me, C.navAvatar)),
          h('span', { class: C.navLabel, text: 'Profile' }),
        ]),
        scenario.switchTo
          ? navButton(
              'Switch accounts',
              icon('Switch accounts', ['M4 8h14l-4-4', 'M20 16H6l4 4']),
              switchAccounts,
            )
          : null,
      ]),
    );
  }

  /** The account switcher, as a single-page app might do it: the page stays, the navigation changes. */
  function switchAccounts() {
    scenario.me = scenario.switchTo;
    scenario.switchTo = null;
    shell.nav.replaceChildren(buildNav());
  }

  /**
   * SITES: "Several dialogs may exist at once, some hidden." This one is always in the DOM, before any
   * list dialog, aria-hidden and not displayed, and it has its own heading, search input, scroll area and
   * profile links, so only a reader that skips hidden dialogs gets the right one.
   */
  function buildHiddenSearchPanel() {
    const recent = ['natgeo', 'nasa'].map((handle) =>
      h('div', { class: C.row }, [
        h('a', { href: `/${handle}/`, role: 'link', class: C.avatarCell }, avatarImg(handle, C.avatarImg)),
        h(
          'div',
          { class: C.textCell },
          h('a', { href: `/${handle}/`, role: 'link' }, h('span', { text: handle })),
        ),
      ]),
    );
    return h('div', { role: 'dialog', 'aria-hidden': 'true', class: C.hidden }, [
      h('div', { role: 'heading', 'aria-level': 2, text: 'Search' }),
      h('input', { type: 'text', placeholder: 'Search', 'aria-label': 'Search input' }),
      h('div', { style: { overflowY: 'auto', height: '300px' } }, h('div', {}, recent)),
    ]);
  }

  // ---------------------------------------------------------------------------------------------
  // Pages

  function renderRoute() {
    currentRoute = parseRoute(location.pathname);
    const page = pageFor(currentRoute);
    shell.main.replaceChildren(page);
    window.scrollTo(0, 0);
    if (currentRoute.page === 'profile' && currentRoute.list) {
      // SITES: "opening the list URL directly still works": profile with the dialog already open.
      openListDialog(currentRoute.user, currentRoute.list, true);
    }
  }

  function pageFor(route) {
    if (route.page === 'home') return renderHome();
    if (route.page === 'profile') return renderProfile(profileOf(route.user));
    if (route.page === 'section') return renderSection(route.title);
    return renderMissing();
  }

  function renderHome() {
    setDocumentMeta('Instagram', null);
    const authors = scenario.following.slice(0, 3);
    const posts = authors.map((account) =>
      h('article', { class: C.post }, [
        h('div', { class: C.nameLine }, [
          h(
            'a',
            { href: `/${account.handle}/`, role: 'link', class: C.avatarCell },
            avatarImg(account.handle, C.avatarImg),
          ),
          h(
            'a',
            { href: `/${account.handle}/`, role: 'link', class: C.usernameLink },
            h('span', { class: C.username, text: account.handle }),
          ),
        ]),
        h('div', {
          class: C.postImage,
          style: { background: `hsl(${hashString(account.handle) % 360},40%,85%)` },
        }),
      ]),
    );
    return h(
      'div',
      { class: C.page },
      h(
        'div',
        { class: C.feed },
        posts.length ? posts : [h('div', { class: C.empty, text: 'Welcome to Instagram' })],
      ),
    );
  }

  function renderSection(title) {
    setDocumentMeta(`${title} • Instagram`, null);
    return h('div', { class: C.page }, h('div', { class: C.empty, text: title }));
  }

  function renderMissing() {
    setDocumentMeta('Page not found • Instagram', null);
    return h('div', { class: C.page }, [
      h('h2', { class: C.empty, text: "Sorry, this page isn't available." }),
      h('a', { href: '/', role: 'link', text: 'Go back to Instagram.' }),
    ]);
  }

  function renderProfile(profile) {
    const displayName = profile.name || profile.handle;
    setDocumentMeta(
      `${displayName} (@${profile.handle}) • Instagram photos and videos`,
      scenario.layout === 'no-counts'
        ? null
        : `${formatShort(profile.followerCount)} Followers, ${formatShort(profile.followingCount)} Following, 0 Posts` +
            ` - See Instagram photos and videos from ${displayName} (@${profile.handle})`,
    );
    const isMe = profile.handle === scenario.me;
    const primaryButton = isMe ? 'Edit profile' : followingSet.has(profile.handle) ? 'Following' : 'Follow';
    return h('div', { class: C.page }, [
      h('header', { class: C.header }, [
        h('div', {}, avatarImg(profile.handle, C.bigAvatar)),
        h('section', { class: C.headerText }, [
          h('div', { class: C.headerButtons }, [
            h('h2', { class: C.handle }, h('span', { text: profile.handle })),
            profile.verified ? verifiedBadge() : null,
            roleButton(primaryButton, C.action),
            roleButton(isMe ? 'View archive' : 'Message', C.action),
          ]),
          h('ul', { class: C.counts }, [
            h(
              'li',
              {},
              h('span', { class: C.count }, [h('span', { class: C.countNumber, text: '0' }), ' posts']),
            ),
            h('li', {}, countLink(profile.handle, 'followers', profile.followerCount)),
            h('li', {}, countLink(profile.handle, 'following', profile.followingCount)),
          ]),
          profile.name ? h('span', { class: C.bio, text: profile.name }) : null,
        ]),
      ]),
      h('div', { class: C.empty, text: 'No Posts Yet' }),
    ]);
  }

  /** SITES: `<a href="/<u>/followers/"><span title="12,345"><span>12.3K</span></span> followers</a>`. */
  function countLink(handle, kind, count) {
    // Layout variant: the counts became buttons that show the number only on hover.
    if (scenario.layout === 'no-counts')
      return h('div', { role: 'button', tabindex: 0, class: C.count, text: kind });
    return h('a', { href: `/${handle}/${kind}/`, role: 'link', class: C.count }, [
      h('span', { title: formatExact(count), class: C.countNumber }, h('span', { text: formatShort(count) })),
      ` ${kind}`,
    ]);
  }

  function setDocumentMeta(title, description) {
    document.title = title;
    let meta = document.head.querySelector('meta[property="og:description"]');
    if (description === null) {
      if (meta) meta.remove();
      return;
    }
    if (!meta) {
      meta = h('meta', { property: 'og:description' });
      document.head.append(meta);
    }
    meta.setAttribute('content', description);
  }

  // ---------------------------------------------------------------------------------------------
  // Rows (shared by list rows and "Suggested for you" rows: SITES says to tell them apart by structure)

  /**
   * One row: avatar (link, or story-ring button) + text column (username link > span, optional Verified
   * badge, optional inline "· Follow", display name in a sibling span when present) + action button.
   */
  function buildRow(account, { inlineFollow, action }) {
    if (scenario.layout === 'rows-without-links') return buildLinklessRow(account);
    const { handle } = account;
    const profileHref = `/${handle}/`;
    const hasStory = hashString(handle) % 4 === 0;
    const avatar = hasStory
      ? h(
          'div',
          { role: 'button', tabindex: 0, class: `${C.avatarCell} ${C.storyRing}` },
          avatarImg(handle, C.avatarImg),
        )
      : h(
          'a',
          { href: profileHref, role: 'link', tabindex: -1, class: C.avatarCell },
          avatarImg(handle, C.avatarImg),
        );
    const nameLine = h('div', { class: C.nameLine }, [
      h(
        'div',
        {},
        h(
          'a',
          { href: profileHref, role: 'link', class: C.usernameLink },
          h('span', { class: C.username, text: handle }),
        ),
      ),
      account.verified ? verifiedBadge() : null,
      inlineFollow ? h('span', { class: C.dot, text: '·' }) : null,
      inlineFollow ? roleButton('Follow', C.inlineFollow) : null,
    ]);
    return h('div', { class: C.row }, [
      avatar,
      h('div', { class: C.textCell }, [
        nameLine,
        account.name ? h('span', { class: C.displayName, text: account.name }) : null,
      ]),
      action ? h('div', {}, roleButton(action, C.action)) : null,
    ]);
  }

  /** Layout variant: rows that navigate by script, with no profile link to read. */
  function buildLinklessRow(account) {
    const go = () => {
      history.pushState(null, '', `/${account.handle}/`);
      renderRoute();
    };
    return h('div', { class: C.row }, [
      h('div', { class: C.avatarCell }, avatarImg(account.handle, C.avatarImg)),
      h('div', { class: C.textCell }, [
        h('div', { role: 'link', tabindex: 0, class: C.username, text: account.handle, onclick: go }),
        account.name ? h('span', { class: C.displayName, text: account.name }) : null,
      ]),
    ]);
  }

  /** Buttons as SITES describes them: "· Follow" for followers `me` doesn't follow back, "Remove" on own followers. */
  function rowButtons(owner, kind, account) {
    if (owner === scenario.me && kind === 'followers') {
      return { inlineFollow: !followingSet.has(account.handle), action: 'Remove' };
    }
    if (owner === scenario.me && kind === 'following') return { inlineFollow: false, action: 'Following' };
    if (account.handle === scenario.me) return { inlineFollow: false, action: null };
    return { inlineFollow: false, action: followingSet.has(account.handle) ? 'Following' : 'Follow' };
  }

  // ---------------------------------------------------------------------------------------------
  // The followers/following dialog with a virtualized, batch-loaded list.

  /** State of the open list dialog, or null. */
  let listDialog = null;
  let troubleDialog = null;

  function openListDialog(owner, kind, openedByUrl) {
    closeListDialog({ updateUrl: false });
    const profile = profileOf(owner);
    const state = {
      owner,
      kind,
      openedByUrl,
      all: kind === 'followers' ? profile.followers : profile.following,
      loaded: 0,
      batches: 0,
      loading: false,
      stopped: false,
      timer: 0,
      frame: 0,
      query: '',
      rows: new Map(), // index in the shown items -> row element currently in the DOM
      els: null,
    };
    state.els = buildListDialog(state);
    // A hostile page: the other list's dialog is shown too, under this one.
    if (scenario.extraListDialog) openExtraDialog(owner, kind === 'followers' ? 'following' : 'followers');
    shell.layer.append(state.els.overlay);
    listDialog = state;
    requestBatch(state, { immediate: true }); // the first batch is there when the dialog appears
    renderListBody(state);
    if (scenario.opensScrolledTo) {
      state.els.scroller.scrollTop = scenario.opensScrolledTo;
      renderListBody(state);
    }
  }

  function buildListDialog(state) {
    const title = WORDS[state.kind];
    const list = h('div', { class: C.list });
    // SITES: the scroll container is a div with overflow-y auto that does not contain the search
    // input, and the list is its first child. Progressbar and suggestions come after the list.
    // SITES variant 'nested' (real markup, Nov 2024): an outer overflow-y auto div around the inner
    // "overflow: hidden auto" div that really scrolls.
    const nested = scenario.scroller === 'nested';
    const scroller = h(
      'div',
      nested ? { class: C.scroller, style: { overflow: 'hidden auto' } } : { class: C.scroller },
      list,
    );
    const scrollArea = nested
      ? h('div', { style: { overflowY: 'auto', height: `${LIST_HEIGHT}px` } }, scroller)
      : scroller;
    const search = h('input', {
      type: 'text',
      placeholder: 'Search',
      'aria-label': 'Search input',
      autocapitalize: 'none',
      class: C.searchInput,
    });
    // Layout variants: the search box moved into the scroll area; the dialog lost its role.
    const searchInScroller = scenario.layout === 'search-in-scroller';
    if (searchInScroller) scroller.prepend(h('div', { class: C.searchBox }, search));
    const role = scenario.layout === 'dialog-without-role' ? 'presentation' : 'dialog';
    const dialog = h('div', { role, 'aria-modal': 'true', class: C.dialog }, [
      h('div', { class: C.dialogHead }, [
        h('div', { role: 'heading', 'aria-level': 1, class: C.heading, text: title }),
        h(
          'div',
          {
            role: 'button',
            tabindex: 0,
            class: C.closeButton,
            onclick: () => closeListDialog({ updateUrl: true }),
          },
          icon('Close', ['M5 5l14 14', 'M19 5L5 19'], 18),
        ),
      ]),
      searchInScroller ? null : h('div', { class: C.searchBox }, search),
      scrollArea,
    ]);
    const overlay = h('div', { class: C.overlay }, dialog);
    // Clicking the dark backdrop closes the dialog, as on the real site.
    overlay.addEventListener('click', (event) => {
      if (event.target === overlay) closeListDialog({ updateUrl: true });
    });
    scroller.addEventListener('scroll', () => scheduleRender(state), { passive: true });
    search.addEventListener('input', () => applySearch(state, search.value));
    return { overlay, dialog, scroller, list, progress: null, suggestions: null };
  }

  let extraDialog = null;

  function openExtraDialog(owner, kind) {
    const profile = profileOf(owner);
    const all = kind === 'followers' ? profile.followers : profile.following;
    const extra = {
      owner,
      kind,
      all,
      loaded: Math.min(all.length, scenario.batchSize),
      query: '',
      rows: new Map(),
    };
    extra.els = buildListDialog(extra);
    shell.layer.append(extra.els.overlay);
    renderVisibleRows(extra);
    extraDialog = extra;
  }

  function closeListDialog({ updateUrl }) {
    closeTroubleDialog();
    if (extraDialog) extraDialog.els.overlay.remove();
    extraDialog = null;
    const state = listDialog;
    if (!state) return;
    listDialog = null;
    clearTimeout(state.timer);
    cancelAnimationFrame(state.frame);
    state.els.overlay.remove();
    // When the page was loaded at /<user>/followers/, closing goes back to the profile URL (pushState).
    // When the dialog was opened by a click, the URL never changed and stays as it is.
    if (updateUrl && state.openedByUrl) {
      history.pushState(null, '', `/${state.owner}/${location.search}`);
      currentRoute = parseRoute(location.pathname);
    }
  }

  /** Re-render on scroll, coalesced to one pass per frame. */
  function scheduleRender(state) {
    if (state.frame) return;
    state.frame = requestAnimationFrame(() => {
      state.frame = 0;
      if (listDialog !== state) return;
      renderListBody(state);
      maybeLoadMore(state);
    });
  }

  function shownAccounts(state) {
    if (!state.query) return state.all.slice(0, state.loaded);
    return state.all.filter(
      (account) =>
        account.handle.toLowerCase().includes(state.query) ||
        (account.name || '').toLowerCase().includes(state.query),
    );
  }

  function renderListBody(state) {
    renderVisibleRows(state);
    syncProgress(state);
    syncSuggestions(state);
  }

  /**
   * SITES: "The list is virtualized: only a dozen or so rows exist in the DOM at a time and scrolled-past
   * rows are removed". Rows outside the visible window (plus a buffer) are removed; padding keeps the
   * list's full height. Rows that scroll back in are new elements for the same people.
   */
  function renderVisibleRows(state) {
    const { scroller, list } = state.els;
    const accounts = shownAccounts(state);
    const last = Math.min(
      accounts.length,
      Math.ceil((scroller.scrollTop + scroller.clientHeight) / ROW_HEIGHT) + BUFFER_ROWS,
    );
    const firstIndex = Math.min(last, Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - BUFFER_ROWS));

    for (const [index, row] of state.rows) {
      if (index < firstIndex || index >= last) {
        row.remove();
        state.rows.delete(index);
      }
    }
    let cursor = list.firstChild;
    for (let index = firstIndex; index < last; index += 1) {
      let row = state.rows.get(index);
      if (!row) {
        row = buildRow(accounts[index], rowButtons(state.owner, state.kind, accounts[index]));
        state.rows.set(index, row);
      }
      if (row === cursor) cursor = cursor.nextSibling;
      else list.insertBefore(row, cursor);
    }
    list.style.paddingTop = `${firstIndex * ROW_HEIGHT}px`;
    list.style.paddingBottom = `${(accounts.length - last) * ROW_HEIGHT}px`;
  }

  /** SITES: `role="progressbar"` while loading; it goes away when the batch has arrived. */
  function syncProgress(state) {
    const { els } = state;
    if (state.loading && !els.progress) {
      // SITES: Meta's spinner is seen as role=progressbar, as data-visualcompletion="loading-state" and as an
      // svg labelled "Loading..." (localized); each variant here shows one of the three alone.
      const attributes = {
        progressbar: { role: 'progressbar', 'aria-valuetext': WORDS.loading },
        'loading-state': { 'data-visualcompletion': 'loading-state' },
        'svg-label': {},
      }[scenario.spinner];
      els.progress = h(
        'div',
        { ...attributes, class: C.progress },
        spinner(scenario.spinner !== 'loading-state'),
      );
      els.list.after(els.progress);
    } else if (!state.loading && els.progress) {
      els.progress.remove();
      els.progress = null;
    }
  }

  /** SITES: "Suggested for you" rows come after the list inside the same scroll area, once it has ended. */
  function syncSuggestions(state) {
    const { els } = state;
    const show = !state.query && state.loaded >= state.all.length && scenario.suggestions.length > 0;
    if (show && !els.suggestions) {
      els.suggestions = h('div', { class: C.suggestions }, [
        h('div', { class: C.suggestionsTitle }, h('span', { text: 'Suggested for you' })),
        h(
          'div',
          {},
          scenario.suggestions.map((account) => buildRow(account, { inlineFollow: false, action: 'Follow' })),
        ),
      ]);
      els.scroller.append(els.suggestions);
    } else if (!show && els.suggestions) {
      els.suggestions.remove();
      els.suggestions = null;
    }
  }

  /** Ask for the next batch when the scroll container is within about one row of its bottom. */
  function maybeLoadMore(state) {
    if (state.query) return;
    const { scroller } = state.els;
    const distanceToBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
    if (distanceToBottom <= ROW_HEIGHT) requestBatch(state, { immediate: false });
  }

  function requestBatch(state, { immediate }) {
    if (state.loading || state.stopped || state.loaded >= state.all.length) return;
    if (scenario.troubleAfterBatches !== null && state.batches >= scenario.troubleAfterBatches) {
      // SITES "Signs of trouble": the site refuses further requests with a dialog, or sends the user to a
      // challenge or the login page.
      state.stopped = true;
      showTrouble(scenario.troubleSign);
      return;
    }
    if (immediate) {
      receiveBatch(state);
      return;
    }
    state.loading = true;
    renderListBody(state);
    state.timer = setTimeout(() => {
      if (listDialog !== state) return;
      state.loading = false;
      receiveBatch(state);
      renderListBody(state);
      maybeLoadMore(state); // still at the bottom (short batch): keep going, like an intersection observer
    }, scenario.loadDelayMs);
  }

  function receiveBatch(state) {
    state.loaded = Math.min(state.all.length, state.loaded + scenario.batchSize);
    state.batches += 1;
    if (scenario.scroller === 'replaced' && state.batches === 2 && state.els) replaceScroller(state);
    const later = scenario.followerCountLater;
    if (later && state.kind === 'followers' && state.batches === later.afterBatches) {
      // New followers arrive while the list is read: the profile header shows the new count.
      scenario.followerCount = later.count;
      const link = shell.main.querySelector(`a[href="/${state.owner}/followers/"]`);
      if (link) link.replaceWith(countLink(state.owner, 'followers', later.count));
    }
  }

  /** SITES: the site may replace the scroll container: a new one, with the list rendered afresh, where it was. */
  function replaceScroller(state) {
    const { els } = state;
    const top = els.scroller.scrollTop;
    const list = h('div', { class: C.list });
    const scroller = h('div', { class: C.scroller }, list);
    scroller.addEventListener('scroll', () => scheduleRender(state), { passive: true });
    state.rows.clear();
    els.progress = null;
    els.suggestions = null;
    els.scroller.replaceWith(scroller);
    els.scroller = scroller;
    els.list = list;
    renderListBody(state);
    scroller.scrollTop = top;
  }

  function applySearch(state, value) {
    state.query = value.trim().toLowerCase();
    for (const row of state.rows.values()) row.remove();
    state.rows.clear();
    state.els.scroller.scrollTop = 0;
    renderListBody(state);
  }

  /** What each sign of trouble says (SITES: "Try Again Later", "Action Blocked", "Please wait a few minutes"…). */
  const TROUBLE_DIALOGS = {
    'try-again-later': WORDS.tryAgain,
    'action-blocked': [
      'Action Blocked',
      'This action was blocked. Please try again later. We restrict certain activity to protect our community.',
    ],
    'please-wait': [
      'Please wait a few minutes before you try again.',
      'We limit how often you can do certain things on Instagram.',
    ],
    'automated-activity': [
      'We suspect automated activity on your account',
      'To protect our community, we limit some activity.',
    ],
  };
  const TROUBLE_PAGES = { challenge: '/challenge/', 'logged-out': '/accounts/login/' };

  function showTrouble(sign) {
    if (TROUBLE_PAGES[sign]) {
      closeListDialog({ updateUrl: false });
      history.pushState(null, '', TROUBLE_PAGES[sign]);
      renderRoute();
    } else {
      showTroubleDialog(TROUBLE_DIALOGS[sign]);
    }
  }

  /** A second, visible dialog over the list. It has no search input. */
  function showTroubleDialog([title, text]) {
    if (troubleDialog) return;
    const box = h('div', { role: 'dialog', 'aria-modal': 'true', class: C.trouble }, [
      h('h3', { text: title }),
      h('p', { class: C.troubleText, text }),
      h('button', { type: 'button', class: C.troubleButton, text: 'OK', onclick: closeTroubleDialog }),
    ]);
    troubleDialog = h('div', { class: C.overlay }, box);
    shell.layer.append(troubleDialog);
  }

  function closeTroubleDialog() {
    if (!troubleDialog) return;
    troubleDialog.remove();
    troubleDialog = null;
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

    const route = parseRoute(url.pathname);
    const onThatProfile = currentRoute.page === 'profile' && currentRoute.user === route.user;
    if (route.list && onThatProfile && !listDialog) {
      // SITES: "Since 2026 the list opens as a dialog over the profile without changing the URL".
      openListDialog(route.user, route.list, false);
      return;
    }
    // Any other in-app link (including a username inside the dialog) closes the dialog and navigates.
    closeListDialog({ updateUrl: false });
    history.pushState(null, '', url.pathname + url.search + url.hash);
    renderRoute();
  }

  function onKeyDown(event) {
    if (event.key !== 'Escape') return;
    if (troubleDialog) closeTroubleDialog();
    else if (listDialog) closeListDialog({ updateUrl: true });
  }

  function onPopState() {
    closeListDialog({ updateUrl: false });
    renderRoute();
  }

  function start() {
    document.head.append(h('style', { text: CSS }));
    const mount = document.getElementById('mount') || document.body;
    mount.append(buildShell());
    document.addEventListener('click', onDocumentClick);
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('popstate', onPopState);
    renderRoute();
  }

  start();
})();

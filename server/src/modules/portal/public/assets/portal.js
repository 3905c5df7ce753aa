// Progressive enhancement for the public site: event registration with the visitor's session.
// Pages work without it; only the registration form needs it (it must send the session's CSRF token).
(() => {
  const form = document.querySelector('form[data-register]');
  if (!form) return;
  const eventId = form.getAttribute('data-register');
  const status = form.querySelector('.status');
  const loginUrl = form.getAttribute('data-login') || '/dang-nhap';
  let csrf = null;

  const say = (text, isError) => {
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
  };
  const showLogin = () => {
    form.hidden = false;
    for (const el of form.querySelectorAll('input, textarea, button')) el.disabled = true;
    status.classList.add('error');
    status.textContent = 'Vui lòng đăng nhập bằng tài khoản của cơ sở để đăng ký. ';
    const a = document.createElement('a');
    a.href = loginUrl;
    a.textContent = 'Đăng nhập';
    status.appendChild(a);
  };
  const json = async (res) => {
    try {
      return await res.json();
    } catch {
      return null;
    }
  };

  fetch('/api/auth/me', { credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then(async (res) => {
      if (res.status === 401) return showLogin();
      const me = await json(res);
      if (!me) return showLogin();
      csrf = me.csrfToken;
      form.hidden = false;
      const set = (name, value) => {
        const el = form.elements.namedItem(name);
        if (el && !el.value && value) el.value = value;
      };
      set('establishmentName', me.user.organisationName);
      set('contactName', me.user.fullName);
      set('email', me.user.email);
      set('phone', me.user.phone);
      const mine = await fetch(`/api/portal/events/${eventId}/my-registration`, {
        credentials: 'same-origin',
      });
      const reg = await json(mine);
      if (mine.ok && reg?.registration) {
        const d = new Date(reg.registration.createdAt).toLocaleDateString('vi-VN');
        say(`Cơ sở của bạn đã đăng ký tham gia sự kiện này ngày ${d}.`);
        for (const el of form.querySelectorAll('input, textarea, button')) el.disabled = true;
      } else if (!mine.ok && reg?.detail) {
        say(reg.detail, true);
        for (const el of form.querySelectorAll('input, textarea, button')) el.disabled = true;
      }
    })
    .catch(() => showLogin());

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form).entries());
    if (!data.note) delete data.note;
    const button = form.querySelector('button');
    button.disabled = true;
    say('Đang gửi…');
    try {
      const res = await fetch(`/api/portal/events/${eventId}/registrations`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf || '' },
        body: JSON.stringify(data),
      });
      const body = await json(res);
      if (res.ok) {
        say('Đã gửi đăng ký. Đơn vị tổ chức sẽ liên hệ với cơ sở của bạn.');
        for (const el of form.querySelectorAll('input, textarea, button')) el.disabled = true;
        return;
      }
      if (res.status === 401) return showLogin();
      const fields = body?.errors ? body.errors.map((x) => x.message).join(' ') : '';
      say(`${body?.detail || 'Không gửi được đăng ký.'} ${fields}`.trim(), true);
    } catch {
      say('Không kết nối được máy chủ. Vui lòng thử lại.', true);
    }
    button.disabled = false;
  });
})();

//! The sample's fixed part: the company (a French manufacturer), its users, item statuses,
//! scenarios and alert rules.

use std::collections::BTreeMap;

use super::texts::{self, Message, Texts};
use crate::channel::Channel;
use crate::date::{Date, TimeOfDay};
use crate::money::{Currency, Decimal};
use crate::portfolio::{
    AlertRule, Bank, Company, Condition, CostTier, FieldValues, ItemStatus, LabelTranslation, LetterSettings, Mode,
    Paper, RateSchedule, RateStep, RecoveryCost, Role, Scenario, ScenarioAction, SendingWindow, Translation, User,
    Weekday, WindowSide,
};
use crate::template::Format;
use crate::Locale;

/// The sample company writes French; its scenarios' own wording is French.
const COMPANY_LOCALE: Locale = Locale::Fr;

/// The logo: a PNG drawn at three times its 220×56 size for print (a lamp's glow and the
/// name), inline so the demo needs no file. A raster image because mail clients do not show
/// SVG and the image rule (`safety::url`) admits raster `data:` images only.
const LOGO: &str = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAApQAAACoCAYAAABe6H7DAAAQAElEQVR4nOzdCXwU9dkH8OeZ3STk8C7VYkiAhCNpq7a+rbciAa21tVZFIQkWgdLWaq3VFrRaY9UK1LbWarUIiJINCPp61NaDRGk931qPWptwJEAA8awH5IAkO8/7/DeHudnZK7O7v+/nk+yR2ezuzOzOb57/zP9vEQAAAABAGCwCAAAAAAgDAiUAAAAAhAWBEgAAAADCgkAJAAAAAGFBoAQAAACAsHgJwtbgy5/BJGcT8bHt98hLlvBD6aW15QQAAACQ4JggZA2rRx1GrR4fE0/q7+9CtJbYPyOreMu7BAAAAJCg0OQdBm7xPDBQmAz8nWgK2ZaPAAAAABIYAmWIGivy5xDzCfuajpmLGnx5MwkAAAAgQSFQhkrovGAn1SrmuQQAAACQoBAoQyQkxzqY/MsEAAAAkKBwlneItOp4gIPJRxAAAABAgkKFEgAAAADCgkAJAAAAAGFBoAQAAACAsCBQAgAAAEBYECgBAAAAICwIlAAAAAAQFgRKAAAAAAgLAiUAAAAAhAWBEgAAAADCgkAJAAAAAGFBoAQAAACAsCBQAgAAAEBYECgBAAAAICwIlAAAAAAQFi8NkQZf3kwW/rYwHcdCLcTysiX8YHppbTnBkMFyAQAAAKeYYqxx5cgRYqeWM/Gp/f1diNaytXdm5vTtO8nFGn354mT6zJLamM9rJ5rK87NtlvsGWy7E/hlZxVveJQAAAIBuYt/k7U9dPVBoMTR1TSE79QUTPAliIhDyWZ7b93KxfAQAAADQS0wDZWNF/hxiPmHfU3KuCZWmakZuJfKOg6ldW20NzGOd14F5vg/MXGSaxAkAAACgm9hWKIXOC35izjVVM/dWKvmNoCcVeY1cqLMyGUyY7KRVzHMJAAAAoJuYBkohOdbRAzoqlW4MlWzZi4OdVsi+jVwmME+DrEz28mUCAAAA6CamgZKFmsgxDTz+tOeaVmcfTi6SUbz5Qa08PrHPCUUeyird8hS5SGBe6jwNIUya9+Pqk4sAAAAg9mJ9Us7rFAqm0dIy7Fm3hUpJ9V+kVdfKAf9OtDbDpu+Ti5h5aOalmacUCuZ/EgAAAEA3Ma02Nfryv6UXD1OohLboCz45o7R2B7lIc3l+qU001e19N5oTcITlWV3soyhk9pmZJZv/SgAAAAAdYt582VCeV2nOFqaQST1ZLce7vZ9KtwnjmMlu5JHMkrqzCQAAAKCbmPdDyZ6WCzWYbKWQufOYSjcL65jJLrJVUvyuar4HAAAAdxiSEywiVC1DpTIImNcAAAAQbUN2xi6CTvRhHgMAAEAsxH7oxQ4moLDwiYHAErKOfipX5H6OoIdIhUmzjBAmAQAAYDBDFiiNwNnaWv0KN1QKe1cQ9ORPXR2JyqTbzqgHAAAA93FFJ9Ud3dmEddKIkFyUVVK3nKB9zHShuylk7ZXJRAuTuQVFS4h5NkWdPFNfXTWJomzUqIkHSob3I4oi26avbV9f+WQw0+YWFrXoZziFwmATzd5eXbnMXB9ZUHSxxXwHRc76+urKQgp0ERsbh+ad9tlhafZ2vZpKkSKytL6mak7nTV2vV+p6PY3igchr+toHHW0rp7Doeib+BYXLpvPq11c+SGHKLZxcrRcFFC6hb9TXVP6FABLUkFYoO0WiUokxprtxNGZ6nwejMgmJasLI8ad+k2IoNdW+lCIZJiF4TMtyx04OPwgCQFBcESiNwHF64YVKjDHdwfmY6V2PTPATcGSL/rxLUSRCO7X8tZFioDGD2vT53qRoEdkolv/j4KensEZR0vV2B9vyXudtS/gdM5gBRRBbnh9SjGRnH5euX7Dfo4iSd9rX4+64TkT+S4nC5h1mXaBwMe0vXllz6KGnZVIY9LX8R3/tojDo53QTiR3V1gSAoea6cZnDOJlkZ2ZJLfqmpEDn8R8x84GOHpREZ3MfNGbyAful+L8gHs94/QCM1W/7L+j8+oajfyKySoPjNiHeKmxvtYjr7V1NW3bseLGZhkDOhFOP1mbPQhaeIEwn6vs52cHD39ON5l91Q75B58cm3c3crE3Dr1GIRuSdPJK9Kfke1nlr8WgmOUo/z1/rPo0+32YWelyYN9g2v2E1Nb+xbdtz/W5wTTDjjIwvkIfy9DHjyPxfprO1VSKLQmBL2xe316yLXhDvoE2339PXeBeFSNevR/R3ta5jm9jv37i71fPmR5srPxlo+sPyTxqe6vGOC2u9jrYgmrw7DS+cmJVG/HndsdBlbo1hkQmhNO3ruubbVl1VSmHKLTjpczal6Lpn5VtCY8g0gzOd0+vJ3hcW06y9kfy0iT1cF85nCSCeuC5QGiGGysc0UMa0OcutGsvzHtcv3q8F/4jk7hro8PyJ2d5U7/ZgpzfVhm01lePIpXIKpxTxIGPM9yVP1FdXnUFRctiEiaPSLG/PqprIHRosLqEQhXNcmwaMxRowIlw57INzC4pq9HM4nkLU2tY2fOfGdR9QiKKxXh8+oegQDckj9Ooh3e9niw7Qi4M1rR+kW5UDmelQDf/D9S9FplLY7UmCDpT9ySmc3KgbrQxyyrYvrV//9O0UURO9uYXe1u73aKW4cltN1RQCSEJeciETbDRUHu8kVOpeYSQP3o9r+oW7WKsbQQZK9DMJyYZLswtPv2pH9ZMfUpTkTJj0jXDCpFu9tb7KNK0H3byeU1D0lAbQoQ9YlvUbreK/uG39M68QAESFKwOl4ShUCj2aVVL3BMVA4Ix0so/S1DZSX1e2Pvfh2sR4eOf1jsl2EMtbuof+Vud1/dt2Juv1WJzsklFa91BHlXIfVSeESUg+psJlUZupUN5M0cL8IwIKHEJB5IaKXSqzZ41WWL/SEYoBIMJcGyiNzlApduq9upc7ub9ptBK3liz/XIoSKSOreVz+MdqU8Q0tg56p4fHIHucycbfjBj49gECb4rigxx+4va+SxvL8f+m1x/T9PJZeW/sPLjM9pUThdVv2RfqrfLD5xlbLTIRJSEa6sxe1QKnN8V/Si8kE2gJOdZZbDqxiGu0hWkntrTdR+d4FSGauDpRGR+CZ0lyeX6rfAFM10B2nG4MW3SK8bAk/mF5aW05R0FQx5lwRPquR+IyOY4Eic8RpIJDykRroft44Nv/9Rp9oJZEeyiyue5giKKt4izmbOebzDSAWhPTT2e0DaU7y0YsP9L6vBvUPmHNHFhRN215TtYoiTF/Lj7jXl4V+3p9kEvPZP4ySiL7nTW46VJ+Zp+QUTr52W3Xl9QQAEeX6QNmpIwBFNQSJEDevzJ9qi9wg5sxCiu5Xof5vE1Qv1K3NhQ2+vI0W8TXpxbUPMEeu4+VYzDcAN9DP72/1sxN0QNRpL9eLiAZK05E5k13c57mE/qAf+CWUZNpse1OK5Zre6doJ/SKnoOiFbTVVawkAIsZln/Sh01yRf0pTRf4rulG6X6sLMT+D1zynpsjVTRV5/2guH1NEAODI9hr/g076LzTVzNwJRcdRBA1L8V9GvTsyF9lQX1P5V0pCOzcO1wqltFLESI+mal3eL+v8fZEc0B0JbYVnX/a4SehmDiCCkj5QNvhGHdVQnv+MLbROb36Jhhz/j81WpVYs1zb68o4mAAjSujYNF466hhGLItbRuekvUyz+QZ/nYPodxXC4R3dZ49fvtFqKFqFWv1+mmv4fHT2OabjHw2uIjg5rqFAA+FTSBkrTvN3oyy9j8ryqe6wTyWU6TqZ5ubF8zC/MayUA6MKmztT9trTftjnlbk1uTRS8C0x/jRQBvF/mTH0RB/W6+z17V9N9lMSk/UzvqNmx8em3tFJZot+Tzk60YT5uZOFBvyUAiIikDJTyyGf20+btR/XqddRrw+Qu+trYut68VvOaCQAGZfqWZKF7g51eP2Beb4r3+xQ+tkgu632nLfKnoRo9yS22VVd+q766kgM/YXRq3o57bLM6T5UMHA/JdAM5pP/sktwJk88lAAhb0gXKPavGjGvcfcDLetVdQ5IN7hvmNTfdOyaHAGBwbfQHR9OzzKH8M9IoDCPHn/rNfjoyb2lp8UR4dBYYiAbXX4qI8xNtmJbljp0c0qhLAPCppAqUzb68U9varJc5DkewMK/Z9livmvdAADCg+k2VNdrO6uAkGD40N2XvDAoDW9alfe4UKX+37qn3CGLF9gtN12W/xdGjmPaXFHnAjB1OABCypAmUTeV5V9imM+/u48rGGX3th5j30OTLv5wAYBB+Z0OxMoc8rnj2+KIjdIevT0fmfpt+TxBTZhQcEf9Uvdri5HFMXJgh3qAPlQCAvpIiUDaUjz5NiBbp14aH4h57tFnnloaKvCDH6gZIPvU1zzyuF+uDfwQfmVNQFNLoNpbFV/S+z3RkvmND1RuUJHImTJ6v829t4Kew6C4aQma8biH5KTnFdI6+dgyZCRCihA+Ue3xjxhJ51mgFInHeq3kvQqvM8aAEAP0RW+g2Jw9gct6FkOnLUFsOpvX5X+LwOM44p99IF5gqbUelNswTb8K3rbrqNv2O/F9ySCuVv86ZcCq6awMIQUIHSnNmdBvxY/HczD0Q/eI7oK2NH5Xy/IR7bwCR4P/ko3u1UvhRsNML8Vk5Y4vGkAOWl00ITeqOzA/OP8Z8Bx1FLtPEbd/RSmU1OZPK7Flz+ISiQwgAHEnYQCnPkLep4cA1QzHqTayYE3WaSFahn0qAvnbufEU/HnJ3sNObEVTIy5cGO73pyFwf1afLITMEJCVRR+b7eTL/h1zo/ep1DdzK5znsl9TsrY/2MK0kDPwB4EjCfmCa3soz3XWcTomO+YzGirzfEQD04W/1/0GrVG3BTq97ZrM+M/6EoPp89eyXMau/jsy3WW8vpyQibH2VXMqc8c8kc8kh3VmfklNYdB0BQNC8lICaV+RPtJm+R0lCq7CX6Xt+OH1G7ToCgC5v1a7bkVNQ9KB+SC4I6gFM+2dY6bP12q37nJKoTzVTw+tdVF3t6Axj12BJz54weSI5xVJELm4kqa+u8uUWFB2vKfFiRw8UvkbXnecCnaYDwD4lZKC0LbnBzV9w0eC3qEwvJhIA9CBMd+i3QXCB0mAxQdGc0DPgUH4jCyefpRd9OjLfu9fjrLsiF9Ed02yPRc+QY+7/rq2v+fjHOQUHfZWZgm6eDxwCIez7XMGkr7xd83Q9AcCgEq7JW5t/z9avghMpyehX+inoSgigr+3VVc9q5fAfwU6vwWrMyIKiswafhtCReVx5pbWV7PO0hPy+o4cxDU8h6wGio1MIAAaVcIFSbPolJSm2eQEBQF8ijoZAHKwLoUBH5kRFve9HR+buZqqMumNRQg6ZqmZuwYE4Th1gHxIqUDb58qYx8xcpWTEdaeYBAUAP22rslRomdgQ7velPcaDxnS2Lr+x9X7J1ZB6vzPGQttCN5BTzD3MLixyHUYBkkjCBUsrIEuFfUZIT4pvMvCAA6GZdGwv/yckjxCs/6X1fR0fmfY7HZPE76kTdjUzg1irrqU5/RKSS4sj2msrr9DU7PtFGv1sXD7STAQAJKQ65xwAAEABJREFUdFJOU/6Yuab/MIIxjWPzLiSqW04A0MXPnj9a5L9Km6szgnoAc3F24enzdlQ/+WHnXZbXMmN+99OReWCox/gm3LxjfeU6cmhkYdHxOk9DGrZyiNh+oekeltfNiUjBPsisN5IiDwwvnHiM6eOSAKCHxKlQEk8kaCeEk3MAejHBkEVWBju9CRAeaf1B5+32jsz7dkemLSO/oSTqyLw38dOrFGfeWl/1X7bpfL3qqIsnDaCFGeK9lwCgj4QIlPInStGP+hkE7RiBEqA/bWw5OjlH2IyEMzHQkuPJSp/df0fmO5M6YDS28osUh+rXV71o23IVOcV0Tk5B0WUEAD0kRKBs3C+vKBHH6w6VGee7qTz/WAKAHt6qXvu6k2P+TJNoTqHHnOhmaRP4Jb3/HtcdmUfIR5srP9Ey7UaKQ9vXV/1WF+L/kkPMfGtOobe/79ikrVQDJEaTN5p4+2I6mwCgD606OqpSqksD/VIy9+7InOK5I/OIYv4nxUDQx786sLt190V6UUMOsUh5f3cTQJJCoExQtggCZZISsl1fMRMhPw2R7dWVj+jF+mCn1yqlGWHllt7363u4Gx2Zt6uvrizRHzY/26qroja2t5b/mijCPqz9v11+v0xz/L+ZcwkAusR9oNxbMWoC91M5SHZmnph5Q5B0tETyXyfTazCKeNWnuxSmrN73aZVwFw0hbfa+y8n0Girzet/XZvt/Q5AQTB+iTDKXACBkcd9tUKt4jkUbQ//MvCEHlRhwl5yCyRfqRi5QBRGmLVr5KQ/mcdoM+8GwNJuCpZ+fAymKmL19/7/IRzSEmuw9yzKt9F9SyMdeyxM7NzyzgSBh1FdX+XIKi07SnYfvEQA4FlSgbPDlz9ANmxkj2wSUERQZO/VL+SVL+KH00tqgNpT9Ej4MR60MwMybMLh6uSe8qR6mj/6gaaw98LQfrxXU/NJm2Pc1jNraTBtUC4RWCw+iaBJ7NHGvl2LxkAbKDzY8vzuzYNJSfSGXUwj8JHHfkflQGJF38kgrJbWr2htKv5fRtK0l9bKclNajzXCLBACODLrBaVg96rAGX16V5rX7NFScQ5ELFdT+v/gcm2mFBpenGipGH0qhYAkrNCW0EOdNXCz3BJc94aOTulfPdAPn5Fg9LWjKmw4m/1x24ekHU5ToevSlPvf5/UN+VrC08e3a3B98KbfrgbJhR/XTTxA45k1Nvdpj0TPmx7Kcj1YTdbWP720l+zxdyB8TADgyaKDkFs8DWv6fRFGmG5wpZFs+CoUQAuVAQpw3cbHcE5zF0uNEMw0+75IDOv26YKfVZe1laTuZosbqEyi3bXjmeRpi2zZVbdbg/YjDhyV9R+bhYJbjum4IuTK0vV3zdL3YNIMAwJEBA2VjRf4c/fSfQDHCzEVaFZtJTjEjUA4khHkTN8s9wel8Ob3HHQ4DpSZSR4FNK6DnURSYJk5NXr3CqjxNbmGL0y6Ekr4j81B9ZvwJ++madmTXHUxDemLWYLatr3pMSG4mAAjawBVKic4GZjBaKTmXHNIKwyiC/kkITd5xstwTWfa4SYfrxVHd7xPid8gBmzxBd95t6DKYOqpwYsR3zrxpqRf3PpbTFn6MXKJ+w9MabuVfwU6v4fjOZO/IPFSZVupJ3W9rC8VucrFt1VXX6AL/GwFAUAYMlLp3NhQjrXyZHEOFckDsvMk7fpZ74mIvfbP3fbbFjiqUZtxqXZYPOnhIqojnRoqg3PGnjWahH3S/z/T119i6eym5iE0c7Ak2LXv3Wn8kCIlNVo/vFt1JcnWgVHbzHrlAP0c7CAD2abBjKPdQrIk4Pl9bP+yxf50JTANAM8VaCMs9kVnSq7lbpVCrowqlYdt8vaMHMM/OLZh8JkWIeOz7dKfmgB5PIbLKdCRNLrK9JcWnr3afgV1E7kNH5qHTD/lxPW9LA7nce1uq3mWbztftTBsBwKAGDJQsHHQzUAS9Sk4JOd7QJo3Q5s1rFHvOl3uiKixM1Spej0BpzkTeWr3O2TGUFOiS5d/S//BwA9JovyJ7wpRTKAzmWLmcgqK1GiBO7PnPZXcLyS/JbWof32sLLd7XZG22fQtBiCZ6NUH2rFAKu/YYyu7q11e9qNvDqwkABjVwoLTsfX7BRppuN5337caMQDmQEOaNhoC7KcZCWu4JKtv/uUnMnN7jTpadFOJZxS2tLT/RLXfQXfTo8j/IY8m6kQWTLx81auIwcih3QtFxmZ70v+t7mNz7b9q0fJ05g5ZcaO8eMmNyD3JsJDoyD8fIcZ4vMXGPEZPioULZqb6m8te6Y/cXAoABDRgoM4o3P6hl/mcoZuSRrNItT5FTIgiUAwlh3mSU1j2kVa0qipkQl3uCsqx+x6V/m0L0Tu2z71Mbn61p1FFH4hbTb+107+aRhUVXHz7u1CP3NX3u+EmTcguKlugDX6BeJxQZuk69sL2m8nfkUqZpUwPD/QP9HR2Zh4e9PZu7DXH5STm9Wc1tpbqObCIA6NfgI+Wk+Iul1bNC9ywnUxTpF8vaTD+FNo4qo8l7QKHOm1R/qeuXexzLyTnxIDvLe4huokxn4od4hEfo3DhMyBqnl1/v+wgOOVAa9Zsqa7InTD7Hw/Rw72MaB8NMn9N14CbL67kpp7CoThfYlgEm/ZJOfMhA/0fD5CsW+11/Jr+f+bdekj79D2qI+PeOmiToyJwlXdeTiRQJbB9kCQ9nluF6Y4x+1if2niQOTsrpYevWdR9njy86z/Lwi1rJzyAA6GHQQJl1/lYTSKY0l+eX2iTn6EbjGIrUqClCb+nG7SVL6OEwh158B0MvDkBCOxwgLpZ7GA7LP2l4amraeN3IjbNsydM6/ZecPF6D1tjcwslhdWzt6fEP23/xpzd6Egn7RBAzxF3O2KIvs5cr9CmOcfhw8+ry9FceOSaPN9l7LjBDHVKIsrOPS/fsl16gTebjtEllrFlu2noykrvPK6bRukx8+rdNuo5tZrFrW217486N6z4I9nneql77em7B5L/p/+pxDCm3H5LhaHkfmnfaZ9O8rWOJrXxdv8aw8Fi921GvC16P556RBZNf1xew2YwstLvV8+ZHmys/GWj6sNdr4mwzgg1FhNW1Xn/6u/fzyaDrxPDCiVlpZBXqd8V4nY86D2UC9Q5yTAU5BZPv0/+1ycwnrSRvamppXB+tE792bKh6Y2Th5Ev1/biqpwIAN4j7KGY6xdYvwnsI+tCN7kVZJXXLCQI0LNyo8+T7PEg1zZWEbqqvqbyGImKid2SB9zqtHM03I+RQtAi9rzsjZdtrqu4iCmF4QzLHY07WnRm6xYRFCpFp6tcgsrK+puqHwUyfUzhpKpO1utt/eIeb/KO1OhVUbxI5BUV3t3cSzwdSVMg7uoNxe33N0zd13hOv67UtdPH2mso7e9+fM2Hyd8mSX5iASyGTd3TZL95WXXUdRUFuQdFS3bOc1edZRSq31VRNIYAkZFGcS2H/SwT9wrzpTfLiLkySKTRLBLuqWdemG/FrbfIX6Mbv95q4PqEIMmeka7j5k589EzRMmj4bQwqThm3Gog8jTBrmJCNTsQt2+m3VT5tjxzd33tZm2buCDZMdxkcvTBqm313uNU/ic73WZdPY7x8syQ4vTAb++2G68MZQlNS3pl7spEN8gGQQ94EyrXjret0w4uzLXsw8MfOGIO45Hcc7GDuq19VqJeXHu/ZSLtn2pRq6HjVVRQqRhrCXNUneqD9HaVXo+6ZjdYpPmmP5ro7rpiPzOwmiwiY7ro6h7KH28b1+8mslWlw5HjnAUEiIow+12ftW3aO9jKCLLtiFGSW18wnAgewJk79okRyn60+uhswstni/wCVJlghrtVEaTGVJQ665bNAK3lbmvY/V1zwb1olDAAAQ36J3DFUsMT2hJRIEyu6EHiYAh0xn6HrxbwIAAHAg7pu8jczddVXa5BbRY8HimVaPdmWU1uL4SQAAAIiJhAiU/D1q1Ypc4vcTFzR5nAAAAABiJCECpWExmng7YV4AAABALCVMoEzfVLd6kJE8koaIvBmYFwAAAAAxkjCBksvIZparKcmxRdeaeUEAAAAAMZJwgxY2+vKe1bd1IiUjkRcyS+tOIAAAAIAYSpgKZSfL5mspSVnCPycAAACAGEu4QJk+o3adXjxJyefJjvcOAAAAEFMJFygNr0eupCTjZbqCAAAAAIZAQgbKtGl1b5qhBylJmPeaVlz7HwIAAAAYAgl3Uk4nEeImX96fiflMSmxPZhTXnsFMQgAAAABDICErlIYJWBnExZqy1lOCEpKNGVkfT0WYBAAAgKGUsIHS4NLaXV7bf3YijvNtxuv2knyDv/XBbgIAAAAYQgkdKI1hM7Zs0AJesSawxOnsO/Be/FOHlWzeRAAAAABDLOEDpZFZsvmvQonTR6N5L1mlW54iAAAAABdI2JNy+tO4Iv8sYVrBTPtTHDLN3B6Ws9NL6p4hAAAAAJdIqkBp7Fkxerzfsp7Qtz6K4oiIbPB65axh0zZvJAAAAAAXSbpAacjq7IMbW9PuZ+LJFAeE5OnMrE/Oxgk4AAAA4EZJcQxlb3z+jg8zN9WdrmW/u8jlNEzekplSdxrCJAAAALhVUlYou2uuyD/FtmmBzoljyU2EXrIsmp9eXPs3AgAAAHCxpA+UnRp9+d8SkRuZ+Qs0lEReFYt+nlVc9wQBAAAAxAEEym6kjKzmsXnn20S/ZOKxFEPatL3JYrkuffrmVRj5BgAAAOJJ3ATKBl/eTBY6i5iPab9HXrKEH0ovrS2nKGjyjTnHFuvbOoe+rjPpYIoCTY0f6sXjzPJAZnHdwxQFsZ5vAAAAkHxcHyibyvOzbZb7tGJ4an9/11C2ltg/I6t4y7sUBbKaPHv2jj7eb1ln6c2z9HWMozCY8bf11589bD86LGXL83w++SkKGleOHCF2avlg842tvTMzp2/fSQAAAABhcHWgNKGI7NQX9GXmDjadiFRlldbFpAsgWT08q7E1M5/ZM4ptGWUzj9KZOIqERwnLKDMNC2/VX1s1tG21RC8t3iri35qZ0ljL57/fQDHQWJ73nFYlTxh8Kqknq+X4ZA2VxT+YfxC1yDJzXYP3Tt/SBT+kEFww96d5Xr/n3s7bNttLVy5ZdE8wjy2ZOe+L5OE7zXXd2bi9YunCVRSC6bPn/8oiOrm/v+n/1Z0WNjtcO3RdfZPFfr582aINFEHFs+dfrv/73MANixf47r75saAfO2fe1fqZ+bq5blv885V33xz2iWjT58yfxCTf0atH6GfzEL1+sC7kVBH+WK9/KMzv6Ix5oEHsex9dtiikHhSmz5p3osW8gMJlUbnv7gWOepwYbHl3J0xt2kJhvo/WE1tv7uK0p/+8uKyJIqBk9vw7dN0aEbiRyrMq7lzwEYWgeM78v+hrPIBCxbLSt2ThHRSGqVPLUr0H7DmXRabrejJGX88hQnywrtO2vscP9b6PdH3ZrOvPveNzhj1UVlaWOEP5AkSIl1zKVCbFluf2FdCI/5YAABAASURBVCYNZi4yTbtZJXXLKcraA+H7r+vV18mlGivy5+iX3wn7nlLnrQZ2ndcnZpTW7qAkY/mtYcL22ea67pSEPC56SpuVJdan81vD6RemzfrZk6uWLdp3UPdY++sGMfBY3YA9QiFilkL93e8y5177jcKWCXF1utG8L8W/97bly2/9mMKkz5Cvv9qf329/jpwZ3/lYS/zDKQylF/30y2J5VujVwq79Ze76pfOJ9P/zcG5/zlOy2Lq5ePZVF1csvXkFOcXymX3vtAXBlufJocGWd4/p2n+dErgmQvvbzY0ls+ctGjsy/cZwQ5EGrSn63Rs41pz91sUUKpFj9Q2FfFiRvq3/ozDo/CgWbv69fk7M8my/kz+ttuj9JjSP0Cuf1z9/c+P2PZunzZ5/3qqlC14jAOjiykDZ3lwbXJjspB96Ux1ZTmC+6c8LfmLO1crqczrPk7ZSGWm6Lh6glavb9KqD5RA5uqH/j1b8uodEr1bLx7SHqXb6GvP01/Wt3rTZ0y666vxV99wc1kbZDUzF2W6Rtfo+A+FEg8ZWDV4Pm0t9xzvZ4mYNu6O1IjhWU/UZ+v7zNTRkaTC8r3jWfE/FsgXLyQnhD/T3YGHwaH2OYe3TBkJPW79TWbyFwtDP8u7+txSdH6P0/X82cAdzpv6+XkNRvl5eSK4jL+h8dXRSor6/zRSi0jnzJ+qT+TrDo+5Y/kMvntLltlPXmx06A9P1/+fosxyhfz1TA/TBenuMR2jd9DlXn7Ryya/eIAAIcF2gDLaZux9fJgjQjcix7OhohvZKJUJl+HSD9GHHRufcku9e9Q0nTb+Rew18ZcXSBX26nZox48pMf6r1eSarSNeRi9qrS5xjeey/afPt5JXLFj5H8axFrubOSpfQo6279k5bs+Z3zQNNXjx73jU6/Q3mui6v38+c+eOHnVRrO+bXiQP9XZuETdU7P/DSbP7mmntufp+iYKDl3Z2+twNbPWmXa3i6lgNoRsmceU9pU7GrTs57qzb9lHXrytooRmyRhdxRldTP7rUVSxfeONC0U6denp66f9oq/Wo9S3/2t8i+nYI47AAgWbhqpJwwwiR0J6F0O9QVKkcQhIEX6ezfG7gq9h3fnFuWQS6xYsUtjRVLF/3Dt3TBzan+9CO0AvOguV93PtK0ovoXrdKNobjGU9svpXW32KWDhUnDhAddVmvbH0r7t6YMm0YJygRl39KF12n1b1bXnUJXUhKbNnP+KA2TX22/JS8NFiYNsz5ZLW3FZqex466TSmfPzycACHBNoIxAmHyVIED3t1+ikCBUhksDysfaYPeL9lucs5+/+QZyoeXLy/a07qq7INDEaGig0ubh2yhOTZxYpq0tkmOuC3Fd0CfaiFwjNl3kt+2vtHw8bBkluPZmfXkvcIP5yJKSsv0pSXks6uqxQ9eZoJquzU6ZVoTnCtnntjGPL1+6oI4AIMAVgTISlUlhCessv0SigXIxhQyhMhw674e17Nr8G3NcW8ddl5XOmnckudCaNWv8+sm5QENVY+AO5jOLv/vToygOaTOpX6tN7ZV5oUMoyB4sTMXWhKxVyxb9c82ashZKAhqe3um8zmlNTk+gShi21e2YVpHPBPu4lcsWPFixZNH/3n/3zRuJMAgFQKchD5QRaeYWehRDFX4qo7TuIf2CfJxChlAZKk0xaYGgJhJoWtSQ4xGL7yZydFBrzPiWLNqhL/LTLmvEcw7FJ23Bl0CVyZx8VDx7/uL2qiX0IZLdedVq83xASYpT6DVtvu7sB/jb0+f87CICgJANaaBsWp19OPnTngsrTJJsJWn9PkFP0jY7MG9CpstEl01gGYED7DG/TeVLN1Z3dtz5lZJZ8y4ht7LpqW63jqZ4ZfPvO69qqJxzeN6ef5XOuuqsmTPLhhEEmG6Vup24VHvffTf/l5JUoN9MJp+5bk5TsshaVjxn3sMlc352bFlZmavOLwCIB0O2Bx/oGqg19Xn9QIcTJk3H3Cdklmx/m6CHzBn1b+s8PiGs6i/TaGlNex5nf4emQWTefmw6++bPikU3TJv1sweD6psyxlps/xupViAH6yKXkRSnTNN1yex5x2s6+G7gDqZCYXmk1WpuLZkz79+mv0Jhfta7t61qxYpb3qMkUzzzp2Nty1rVVSpn93WzNmJsc1HxmPlBjx7mt+y37l+yqIZC1Cotl6dSmumTNDA0LRN/S39/a+OOPQ3Fc+a/oqH7JRb5m9Xq/7s5fpIAYEBDEigjczZ3co/yEgwzb0wYDG9eo0uhUJkTQ7Tp9RKtlq0e6r4pB7Nm+a/fLZkzP3BdQ1dcV6R9SxfOLZ4972md57/SdXd0+73auEmklTn9IfqBneY1XfpUC9HTLPRn37IFT1Ecs1iOKp41v9+udjRQm34Uj9VgdLIG7WO54ztf3/vG1k/2/pZchoWfcNJu5iG+Ty++QyFas/R3H06cWHaiVrPLdF5dYj6ngddh+iclOiXQKTzzPH+at013Sv6pn49K3TlctfLuhf8hAOgh5mX9SIVJ/eI5EQFn38w8MvMqEMBD1hEqV+Qm7QH8oapYumCNprQqc930TVk6e96Z5ELaPB84uUA3pCkU58zwlb4lC8dQm5jOqK8ywbGrK6dOWr3U5XGJfgM+qeHy8elzrwj6pAz34Zu1vXZtfz+6E/OohiTTP+eJHWHSjI6zstXPJ+6rW6VkYfq99C1dcM247PSD9WNwin4SFuo680rnZ8Jon3cayJmvsYTf0J2W36BZHKCn2Fco/amrdcsadmUyA2EyaGZYxUhUKoW9Zni6mIyZnki0NXmW7ZdqM0qJTWz6pnwmUuMpR8KMGVcOtzt6dxbihDmmzrd84b/1wvwsMCfoZI9uPML2eM7UZv2puj5/njp3qJm+ZvlTHtOAcHxCj9EsskjI+8eKpTeFsXMZXW/VDkuJZcfm3XUs+793/HQMBOA5Wj8a03Xmfd10A9YxqeZ0/snG7XvMZ+YnBAABMQ2UwY8xPQChLZy696SM83e4Kkw2l+eX2izfNnuw7ffIS8zyQEbx5pXkEqZS2bQ6+wRpGfasOTaSQhDLMdMTyYrFC7dpRaNMtz6/1tiW29E35RXkEv4U7xGfnoIuQ3rWr21bUemGJRBS1gX6qjU/N5j+F+1hzdM1GZhm3wxzDN2m7Xvm6fWbKc7YQmesHGCknOLZ8x/gwHG8FBjiseJu94ZJt+k4ZrIrYJbM+Vm2fgvq55Z/bG7rfL1c71vtW7IoxH5/ARJLbEv2tpxLIdNmbqKTNUy+RS7RsHrUYRqwqmwmrdyx6W5lRPsPnyNiVTT48p9qqBh9KLmEmXccGCos9OZvbn+f4JA2w5q+KV/vuOmqvinZkqJPb3BIAwRoCuxqUhbmNHJCqKtzbY9FMamQ+nxlu1YuXfgnm+zuZ9/PogRji/2jrn5Gbbll2kU/j9uTroaa6WLLt2Th5doQvqLzPq3ozyUACIhpoBSm4ygkHc3c2nRLLsItngc0YE0a8O9EU8i2fOQigXmo8zKMUBm/3coMLbHbh72zu/dN6bdpSJr3Ok2dWpaqG8Wu/vf0CyGkqrpW5LvOmpb2HSsHj6W8rhu2HdMeG1YuWbRcA1dgVB0N/Hlz586N+2NIuwv0KiB0VeAGc6bl8a8gCAtb9Ieu60QFBAABMQ2ULBTCcWPuPAEn0HzPvM/m+85mYnKRyJyoA06tWrrgNZ3nnSM6Bfqm1GA5pF2RpByw5yrdKAaq6BoE3yhfsmAdhUCbXbvOemWSk4J9XPv44fzF9ueXD/bu3lJLznHxnHkXlsyZf0vx7HlOA7EWnPjjwD/RVLxx44iEG/nEt2zh7Z3VcV3WpxTPmZ/0VbWpsy8/uGT2/It1nblT58d1Th4r/m5VdOGguzgCSHSxPkvtdWeTu7MyGSDBd/+iVcwwmvqjI+RKpchrBCHbZaWb/nnaD9tgvpEt/5CNpTx99rxv6vLstjG1r6cQ7ef56An9TAQ2tOaM4mkXXXVMMI/TDHd7t5v3tw8H6ZiGwED19wp97mnTZ80P+vM2Y8aVn9WHj+j4JxuH6oSQKBPLppmdo8Lojv2vk77pO+2AFp0ti/Ta901PAKVzrw66BwsN5//TdZ0J3QcBdIhthZLo7uCndnc/k/qlcqyDyb9MLhSYtw5DpZB9G0HIzNnduu78MHCDaX9LqIxibOrMnx6mFb2bLOaHuePsbnWXGZ+YQrR48eLWjg10gOWRR0rnXDVopVIrRDdqojzDXNcw19DaZt9IIft0vdSQetsF371q3L4eMfXisiw7zXOHOQSh465VlKDKly38l160jyRk1rskb/pe88eyBq1M32Ou6w5/mm3bK82JWvt6nDkxRz83N3XetojLCQACYnqWtxljuqE8r8o0Aw8+pfs7Le/sADdIrh0T21nn5/JIVumWuO4E2g0qlix8RMPUo7oSnaXr0RSKsP46utbItJ+27R6h1akpGmiPZ+oKkqbNd/m4kcN+SGFq2ZV+qzahn67/eJJpRtfn+bs2J/6VbFojHnm5jWlHahsfIxYdrwnyNOo4ploCaPaa5b9+h0KkYfihkjnzdOPOpfr9MsJjy7+1+ft2Fn6S9g57yZyEY6Yzx4ymHbD3GFvs03hv8yU6Gw4MvAaiV1o/GRZ3Z3g7sduTfu1+/uZpZv6Ypm9dB2f5li5YRi5yeH7zDcX58xx33dTqt25dc8/N7zt6UCr9glrlFHPIhZkflN68SefJrbbwurbdaa+sWVPWYiabOnfeAWl+OtEmPltX1Iv0kxPYAdH1+w7fkgXPEgAExL4fylR/qbR6VugGrd/+DPWLfS1bLTPRaXnsdIZKsVPvHWy5ZPoJZzRGiF/sH3hId6yYMyniAh1d9ySBFoLAL26/ZoJkvbZ/LqxYuvBOigCzAZ47d+7XdvsPvp4Dzc+Uqpdf1zLO1zXYUao5OtH69HV0vK49Ot139TWspvDI2Oz072zc3pylgels89z6JD/R5/kJpe+hzpGAiPaYWUGfFmYD1qW27fl2xZoFLZTATHW8dPa8ufr+H+u463darf5rOEE+8ng+k3Ner12hF44CpRnLe/rcKyZZ/pQXdT3JN0Ok6uWvdIeMUg/ots7YgabtjlWWAztAuvrcrjuGlxEAdIl5T/9Z5299J6ukboo29c3Qb/ZHxXwJiDmmTB4292WV1J6GMBl7Zp7va7nwhXVJN/5xtJizb7XJ7VqKkfbj52SHXj6nP7cIy9cqli4YrRvFiITJTqbpe+XSBVcz23n6pH/Sdai289i9ni+Iqk1H220e/xd8SxZGpNnQdEytwfQcDQCn6837tYLU70gwgVFzRDboTwXZ8nWtMp26fPmtH1MSKF+68C+6I/Fg4IY2fad4reWUxFYu/s0HLbv2HqHrQomup890Hx2nByGtcMur+nMr++lIXWd/FLgXALqEsjMIqtGX7+jLJLOkFvMaklJglJoxTXla5ckWsdhjtdWtWHLLFooyMzTe5s17D9qbRoecM7RNAAABV0lEQVRYfv2x/MKWt7588a9i2jURxI/AujquZbhf/Ad7xDrY5rbdDX6ue3TZot0EAINCyAkRAiUAAABAOwxuDwAAAABhQaAEAAAAgLAgUAIAAABAWBAoAQAAACAsCJQAAAAAEBYESgAAAAAICwIlAAAAAIQFgRIAAAAAwoJACQAAAABhQaAEAAAAgLAgUAIAAABAWBAoAQAAACAsCJQAAAAAEBYEyhAJybvBTyxvEwAAAECCQqAMEQv/y8HkrxIAAABAgkKgDBFb9uJgpxWybyMAAACABMUEIWvw5T3NxKcOPpU8kllSdzYBAAAAJChUKMOR4i8WksqB/ixEazP8NJcAAAAAEhgqlBHQXJ5fahNNFabjWKiFWF62hB9ML60tJwAAAIAEh0AJAAAAAGFBkzcAAAAAhAWBEgAAAADCgkAJAAAAAGFBoAQAAACAsCBQAgAAAEBY/h8AAP//lM1dogAAAAZJREFUAwDjPXH1pei9XwAAAABJRU5ErkJggg==";

fn decimal(mantissa: i128, scale: u32) -> Decimal {
    Decimal { mantissa, scale }
}

fn currency(code: &str) -> Currency {
    // Every code below is an ISO 4217 code (the sample's test loads the portfolio).
    Currency::from_code(code).unwrap_or(Currency::from_code("EUR").expect("EUR is a currency"))
}

fn date(year: i32, month: u8, day: u8) -> Date {
    Date::from_ymd(year, month, day).unwrap_or(Date::from_days_since_1970(0))
}

pub fn company() -> Company {
    let tiers = |tiers: &[(Option<i128>, i128)]| {
        RecoveryCost::Tiers(
            tiers
                .iter()
                .map(|&(below, amount)| CostTier { below: below.map(|b| decimal(b, 0)), amount: decimal(amount, 0) })
                .collect(),
        )
    };
    let fixed = |amount: i128| RecoveryCost::Fixed(decimal(amount, 0));
    let recovery_cost: BTreeMap<Currency, RecoveryCost> = [
        // The EU's fixed 40 EUR (Directive 2011/7/EU, art. L441-10 in France).
        ("EUR", fixed(40)),
        // The UK's Late Payment Act tiers.
        ("GBP", tiers(&[(Some(1000), 40), (Some(10_000), 70), (None, 100)])),
        // Poland's 40/70/100 EUR, in PLN, by invoice amount.
        ("PLN", tiers(&[(Some(5000), 170), (Some(50_000), 300), (None, 430)])),
        ("CHF", fixed(40)),
        ("SEK", fixed(450)),
        ("RON", fixed(200)),
        ("USD", fixed(45)),
        ("BRL", fixed(240)),
        ("TRY", fixed(1500)),
        ("JPY", fixed(6500)),
        ("CNY", fixed(320)),
    ]
    .into_iter()
    .map(|(code, cost)| (currency(code), cost))
    .collect();
    Company {
        name: "Lumen Industries SAS".into(),
        address: Some(vec!["27 quai Rambaud".into(), "69002 Lyon".into(), "France".into()]),
        country: Some("FR".into()),
        phone: Some("+33 4 72 41 80 00".into()),
        email: Some("recouvrement@lumen-industries.example".into()),
        registration: Some("SAS au capital de 2 400 000 € · RCS Lyon 852 741 963 · TVA FR42852741963".into()),
        logo: Some(LOGO.into()),
        show_logo_in_letters: Some(true),
        bank: Some(Bank {
            name: Some("Banque Populaire Auvergne Rhône Alpes".into()),
            iban: Some("FR7616807000823121987654340".into()),
            bic: Some("CCBPFRPPLYO".into()),
        }),
        // The French statutory rate: the ECB's refinancing rate plus 10 points, per half-year.
        late_penalty_rate: Some(RateSchedule::ByDate(vec![
            RateStep { from: date(2025, 1, 1), rate: decimal(1315, 2) },
            RateStep { from: date(2025, 7, 1), rate: decimal(1215, 2) },
            RateStep { from: date(2026, 1, 1), rate: decimal(1215, 2) },
            RateStep { from: date(2026, 7, 1), rate: decimal(1200, 2) },
        ])),
        recovery_cost: Some(recovery_cost),
        currency: currency("EUR"),
        locale: COMPANY_LOCALE,
        payment_url: Some("https://pay.lumen-industries.example/{customer}".into()),
        interactive_url: Some("https://clients.lumen-industries.example/compte/{customer}".into()),
        sending_window: Some(SendingWindow {
            days: vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri],
            from: TimeOfDay::from_hm(8, 30).unwrap_or(TimeOfDay::MIDNIGHT),
            to: TimeOfDay::hours(18),
        }),
        letter: Some(LetterSettings { window: WindowSide::Right, paper: Paper::A4 }),
    }
}

/// The manager, who also collects the key accounts.
pub const MANAGER: &str = "m1";

pub fn users() -> Vec<User> {
    let user = |id: &str, name: &str, email: &str, phone: &str, title: &str, role| User {
        id: id.into(),
        name: name.into(),
        email: Some(format!("{email}@lumen-industries.example")),
        phone: Some(phone.into()),
        title: Some(title.into()),
        role: Some(role),
    };
    vec![
        user(
            MANAGER,
            "Hélène Rousseau",
            "helene.rousseau",
            "+33 4 72 41 80 10",
            "Directrice du crédit clients",
            Role::Manager,
        ),
        user("u1", "Claire Martin", "claire.martin", "+33 4 72 41 80 11", "Chargée de recouvrement", Role::Collector),
        user(
            "u2",
            "Jonas Weber",
            "jonas.weber",
            "+33 4 72 41 80 12",
            "Credit Controller DACH, Benelux & Nordics",
            Role::Collector,
        ),
        user(
            "u3",
            "Emily Carter",
            "emily.carter",
            "+33 4 72 41 80 13",
            "Credit Controller UK, Americas & Asia",
            Role::Collector,
        ),
        user(
            "u4",
            "Lucía Navarro",
            "lucia.navarro",
            "+33 4 72 41 80 14",
            "Gestora de cobros Iberia e Italia",
            Role::Collector,
        ),
        user(
            "u5",
            "Andrei Ionescu",
            "andrei.ionescu",
            "+33 4 72 41 80 15",
            "Credit Controller South-East Europe",
            Role::Collector,
        ),
    ]
}

pub const DISPUTE: &str = "dispute";
pub const PROMISE: &str = "promise";
pub const REMINDED: &str = "reminded";

/// The statuses' labels in the other 14 languages, as letters and e-mails show them: dispute,
/// promise to pay, reminded.
#[rustfmt::skip]
const STATUS_LABELS: [(Locale, [&str; 3]); 14] = [
    (Locale::Fr, ["Litige", "Promesse de paiement", "Relancé"]),
    (Locale::De, ["Strittig", "Zahlungszusage", "Gemahnt"]),
    (Locale::Es, ["En disputa", "Promesa de pago", "Reclamado"]),
    (Locale::It, ["Contestato", "Promessa di pagamento", "Sollecitato"]),
    (Locale::Nl, ["Betwist", "Betalingsbelofte", "Aangemaand"]),
    (Locale::Pl, ["Sporne", "Obietnica zapłaty", "Wezwano do zapłaty"]),
    (Locale::PtPt, ["Em litígio", "Promessa de pagamento", "Interpelado"]),
    (Locale::PtBr, ["Contestado", "Promessa de pagamento", "Cobrado"]),
    (Locale::Ro, ["Contestat", "Promisiune de plată", "Notificat"]),
    (Locale::Sv, ["Tvist", "Betalningslöfte", "Påmind"]),
    (Locale::Tr, ["İtirazlı", "Ödeme sözü", "Hatırlatıldı"]),
    (Locale::Hr, ["Sporno", "Obećanje plaćanja", "Opomenuto"]),
    (Locale::Ja, ["係争中", "支払約束", "督促済み"]),
    (Locale::ZhCn, ["有争议", "承诺付款", "已催收"]),
];

pub fn item_statuses() -> Vec<ItemStatus> {
    let status = |index: usize, code: &str, label: &str, excluded| ItemStatus {
        code: code.into(),
        label: Some(label.into()),
        excluded_from_scenario: excluded,
        translations: STATUS_LABELS
            .iter()
            .map(|(locale, labels)| LabelTranslation { locale: *locale, label: labels[index].into() })
            .collect(),
    };
    vec![
        status(0, DISPUTE, "Dispute", true),
        status(1, PROMISE, "Promise to pay", true),
        status(2, REMINDED, "Reminded", false),
    ]
}

/// A step of a sample scenario.
pub struct Step {
    pub id: &'static str,
    pub offset_days: i32,
    pub channel: Channel,
    pub mode: Mode,
    pub message: fn(&Texts) -> &Message,
}

/// Which of the two scenarios a customer follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScenarioKind {
    Standard,
    KeyAccounts,
}

impl ScenarioKind {
    pub fn steps(self) -> &'static [Step] {
        match self {
            ScenarioKind::Standard => &STANDARD,
            ScenarioKind::KeyAccounts => &KEY_ACCOUNTS,
        }
    }

    /// `standard`, `key-accounts`: one scenario of each kind, its steps worded in every
    /// language of `texts::ALL`.
    pub fn id(self) -> &'static str {
        match self {
            ScenarioKind::Standard => "standard",
            ScenarioKind::KeyAccounts => "key-accounts",
        }
    }
}

const STANDARD: [Step; 6] = [
    Step { id: "pre", offset_days: -5, channel: Channel::Email, mode: Mode::Automatic, message: |t| &t.courtesy },
    Step {
        id: "r1",
        offset_days: 7,
        channel: Channel::Email,
        mode: Mode::AutomaticToConfirm,
        message: |t| &t.first_reminder,
    },
    Step { id: "sms", offset_days: 12, channel: Channel::Sms, mode: Mode::Automatic, message: |t| &t.sms },
    Step { id: "call", offset_days: 20, channel: Channel::PhoneCall, mode: Mode::Manual, message: |t| &t.call },
    Step {
        id: "letter",
        offset_days: 30,
        channel: Channel::Letter,
        mode: Mode::AutomaticToConfirm,
        message: |t| &t.second_reminder,
    },
    Step {
        id: "notice",
        offset_days: 45,
        channel: Channel::RegisteredLetter,
        mode: Mode::AutomaticToConfirm,
        message: |t| &t.formal_notice,
    },
];

/// Key accounts: a person writes and calls, then escalates; nothing goes out on its own but
/// the courtesy e-mail.
const KEY_ACCOUNTS: [Step; 4] = [
    Step { id: "pre", offset_days: -7, channel: Channel::Email, mode: Mode::Automatic, message: |t| &t.courtesy },
    Step { id: "r1", offset_days: 5, channel: Channel::Email, mode: Mode::Manual, message: |t| &t.personal_reminder },
    Step { id: "call", offset_days: 12, channel: Channel::PhoneCall, mode: Mode::Manual, message: |t| &t.call },
    Step { id: "escalate", offset_days: 25, channel: Channel::Task, mode: Mode::Manual, message: |t| &t.escalation },
];

/// SMS are plain text; every other template is Markdown.
pub fn format_of(channel: Channel) -> Format {
    if channel == Channel::Sms {
        Format::Text
    } else {
        Format::Markdown
    }
}

/// The two scenarios, each step worded in the company's language with a translation in each
/// other language of `texts::ALL`: a customer gets their language's, else the company's
/// (`Action::wording`), so Polish or Japanese customers get French with a `language-mismatch`
/// warning in the reach report.
pub fn scenarios() -> Vec<Scenario> {
    let own = texts::of(COMPANY_LOCALE);
    let translated = texts::ALL.into_iter().filter(|texts| texts.locale != COMPANY_LOCALE);
    [ScenarioKind::Standard, ScenarioKind::KeyAccounts]
        .into_iter()
        .map(|kind| {
            let actions = kind
                .steps()
                .iter()
                .map(|step| {
                    let message = (step.message)(own);
                    ScenarioAction {
                        id: step.id.into(),
                        name: Some(message.name.into()),
                        offset_days: step.offset_days,
                        channel: step.channel,
                        mode: step.mode,
                        subject: message.subject.map(Into::into),
                        body: message.body.into(),
                        format: Some(format_of(step.channel)),
                        locale: Some(own.locale),
                        translations: translated
                            .clone()
                            .map(|texts| {
                                let message = (step.message)(texts);
                                Translation {
                                    locale: texts.locale,
                                    subject: message.subject.map(Into::into),
                                    body: message.body.into(),
                                }
                            })
                            .collect(),
                    }
                })
                .collect();
            let name = match kind {
                ScenarioKind::Standard => own.standard,
                ScenarioKind::KeyAccounts => own.key_accounts,
            };
            Scenario { id: kind.id().into(), name: Some(name.into()), actions }
        })
        .collect()
}

pub fn alert_rules() -> Vec<AlertRule> {
    let rule = |id: &str, name: &str, when: Vec<Condition>| AlertRule { id: id.into(), name: Some(name.into()), when };
    let segment = |values: &[&str]| Condition::Field {
        name: "segment".into(),
        values: FieldValues::In(values.iter().map(|&value| value.into()).collect()),
    };
    vec![
        rule(
            "sme-overdue",
            "SME with more than 30,000 EUR overdue",
            vec![
                segment(&["SME"]),
                Condition::OverdueAbove { amount: decimal(3_000_000, 2), currency: currency("EUR") },
            ],
        ),
        rule(
            "old-dispute",
            "Dispute open for more than 60 days",
            vec![Condition::Status { status: DISPUTE.into(), days_above: 60 }],
        ),
        rule(
            "broken-promise",
            "Promise to pay older than 21 days",
            vec![Condition::Status { status: PROMISE.into(), days_above: 21 }],
        ),
        rule("very-late", "Invoice more than 120 days overdue", vec![Condition::DaysOverdueAbove(120)]),
        rule(
            "key-exposure-gbp",
            "Key account owing more than 20,000 GBP",
            vec![
                segment(&["Key account"]),
                Condition::OutstandingAbove { amount: decimal(2_000_000, 2), currency: currency("GBP") },
            ],
        ),
        rule(
            "large-due-soon",
            "More than 100,000 EUR outstanding, an invoice due this week",
            vec![
                Condition::DueWithinDays(7),
                Condition::OutstandingAbove { amount: decimal(10_000_000, 2), currency: currency("EUR") },
            ],
        ),
    ]
}

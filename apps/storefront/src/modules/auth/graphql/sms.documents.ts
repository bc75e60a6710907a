import { graphql } from '../../../generated';

export const SMS_AVAILABLE_QUERY = graphql(`
  query SmsAvailable {
    smsAvailable
  }
`);

export const REQUEST_SMS_CODE_MUTATION = graphql(`
  mutation RequestSmsCode($input: RequestSmsCodeInput!) {
    requestSmsCode(input: $input) {
      phone
      validSeconds
      resendAfterSeconds
    }
  }
`);

export const SMS_CAPTCHA_MUTATION = graphql(`
  mutation SmsCaptcha {
    smsCaptcha {
      id
      svg
    }
  }
`);

export const LOGIN_BY_SMS_MUTATION = graphql(`
  mutation LoginBySms($input: SmsLoginInput!) {
    loginBySms(input: $input) {
      ...AuthSessionFields
    }
  }
`);

export const REGISTER_BY_SMS_MUTATION = graphql(`
  mutation RegisterBySms($input: RegisterBySmsInput!) {
    registerBySms(input: $input) {
      ...AuthSessionFields
    }
  }
`);

export const RESET_PASSWORD_BY_SMS_MUTATION = graphql(`
  mutation ResetPasswordBySms($input: ResetPasswordBySmsInput!) {
    resetPasswordBySms(input: $input)
  }
`);

export const CHANGE_PASSWORD_MUTATION = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ...AuthSessionFields
    }
  }
`);

export const CHANGE_PHONE_MUTATION = graphql(`
  mutation ChangePhone($input: ChangePhoneInput!) {
    changePhone(input: $input) {
      ...SessionUserFields
    }
  }
`);

namespace MetodPortal.Web.Areas.Admin.UseCases;

/// <summary>
/// The Russian names of the records and fields the change log writes, as the pages call them: a field's name is the same in every record
/// unless the record names it otherwise (a role's «Name» is its «Название роли»). AuditNamesTests walks the model, so a new field needs a name here.
/// </summary>
public static class AuditNames
{
    private static readonly Dictionary<string, string> Types = new()
    {
        ["AppRole"] = "Роль", ["AppUser"] = "Учётная запись", ["Community"] = "Профессиональное сообщество",
        ["CommunityMembership"] = "Участие в сообществе", ["CompetenceArea"] = "Область компетенций", ["Diagnostic"] = "Диагностика",
        ["DiagnosticDeficit"] = "Дефицит по диагностике", ["DiagnosticInstrument"] = "Диагностический материал",
        ["DiagnosticScore"] = "Балл диагностики", ["InstrumentArea"] = "Область диагностического материала",
        ["EventParticipation"] = "Участие в мероприятии", ["MethodicalEvent"] = "Методическое мероприятие", ["Mentor"] = "Наставник (реестр)",
        ["MentoringPair"] = "Наставническая пара", ["MentoringProgram"] = "Программа наставничества", ["MonitoringCampaign"] = "Мониторинг",
        ["MonitoringForm"] = "Форма мониторинга", ["MonitoringFormEvent"] = "Шаг формы мониторинга", ["Recommendation"] = "Адресная рекомендация",
        ["Municipality"] = "Муниципальное образование", ["Organization"] = "Организация", ["OrganizationStatus"] = "Статус площадки",
        ["Region"] = "Регион", ["SiteParticipant"] = "Участник площадки", ["SiteReport"] = "Отчёт площадки", ["SiteResult"] = "Продукт площадки",
        ["AnalyticReport"] = "Аналитический отчёт", ["AnalyticSection"] = "Раздел аналитического отчёта",
        ["MeasureOccurrence"] = "Исполнение мероприятия плана", ["MeasurePlan"] = "План мер", ["PlanMeasure"] = "Мероприятие плана",
        ["Expert"] = "Эксперт", ["Practice"] = "Практика", ["PracticeCriterion"] = "Критерий оценки практик", ["PracticeFile"] = "Файл практики",
        ["PracticeReview"] = "Экспертное заключение", ["ProfessionalProgram"] = "Программа ДПП", ["ProgramCohort"] = "Поток ДПП",
        ["ProgramCompletion"] = "Прохождение ДПП", ["ProgramRequest"] = "Запрос на ДПП", ["IndividualRoute"] = "ИОМ",
        ["RouteEvidence"] = "Подтверждение пункта ИОМ", ["RouteItem"] = "Пункт ИОМ", ["CategoryAssignment"] = "Квалификационная категория",
        ["Educator"] = "Педагог", ["Employment"] = "Место работы", ["IdentityRoleClaim"] = "Право роли", ["IdentityUserClaim"] = "Право пользователя",
        ["IdentityUserLogin"] = "Внешний вход", ["IdentityUserRole"] = "Роль пользователя", ["IdentityUserToken"] = "Ключ пользователя",
        ["ApiToken"] = "Токен доступа к API", ["DataProtectionKey"] = "Ключ защиты данных",
    };

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["Id"] = "Номер записи", ["RegionId"] = "Регион", ["OrganizationId"] = "Организация", ["EducatorId"] = "Педагог", ["Status"] = "Статус",
        ["MunicipalityId"] = "Муниципалитет", ["Title"] = "Название", ["Name"] = "Название", ["CompetenceAreaIds"] = "Области компетенций",
        ["Kind"] = "Вид", ["Description"] = "Описание", ["Level"] = "Уровень", ["CompetenceAreaId"] = "Область компетенций", ["UserId"] = "Пользователь",
        ["CreatedAt"] = "Создано", ["IsActive"] = "Действует", ["SortOrder"] = "Порядок", ["Note"] = "Примечание", ["ProgramId"] = "Программа",
        ["CampaignId"] = "Мониторинг", ["SiteId"] = "Площадка", ["Content"] = "Содержимое файла", ["ContentType"] = "Тип файла", ["FileName"] = "Имя файла",
        ["From"] = "С", ["To"] = "По", ["DiagnosticId"] = "Диагностика", ["Form"] = "Форма", ["Link"] = "Ссылка", ["PeriodFrom"] = "Начало",
        ["PeriodTo"] = "Окончание", ["OrderDate"] = "Дата приказа", ["OrderNumber"] = "Номер приказа", ["Deadline"] = "Срок", ["Year"] = "Год",
        ["Version"] = "Версия записи", ["PracticeId"] = "Практика", ["ConcurrencyStamp"] = "Метка версии", ["Email"] = "Электронная почта",
        ["UserName"] = "Логин", ["CommunityId"] = "Сообщество", ["Role"] = "Роль", ["InstrumentId"] = "Диагностический материал",
        ["Provider"] = "Разработчик", ["MaxScore"] = "Наибольший балл", ["Threshold"] = "Порог", ["EventId"] = "Мероприятие", ["EndsOn"] = "Окончание",
        ["Place"] = "Место", ["StartsOn"] = "Начало", ["ReviewComment"] = "Комментарий проверяющего", ["Comment"] = "Комментарий", ["Answer"] = "Ответ",
        ["AnsweredOn"] = "Дата ответа", ["IssuedOn"] = "Дата выпуска", ["Text"] = "Текст", ["Value"] = "Значение", ["Code"] = "Код",
        ["ValidFrom"] = "Действует с", ["ValidTo"] = "Действует по", ["Topic"] = "Тема", ["SubmittedOn"] = "Дата подачи", ["Due"] = "Срок",
        ["Key"] = "Ключ", ["Period"] = "Период", ["ExpectedResult"] = "Ожидаемый результат", ["Round"] = "Круг экспертизы", ["Size"] = "Размер файла",
        ["UploadedAt"] = "Загружено", ["Format"] = "Форма обучения", ["CompletedOn"] = "Дата завершения", ["CohortId"] = "Поток ДПП",
        ["Category"] = "Квалификационная категория", ["Position"] = "Должность", ["ClaimType"] = "Вид права", ["ClaimValue"] = "Значение права",
        ["RoleId"] = "Роль", ["LoginProvider"] = "Поставщик входа", ["NormalizedName"] = "Название для поиска", ["AccessFailedCount"] = "Неудачных входов",
        ["EmailConfirmed"] = "Почта подтверждена", ["FullName"] = "ФИО", ["LockoutEnabled"] = "Блокировка после неудачных входов",
        ["LockoutEnd"] = "Заблокирован до", ["NormalizedEmail"] = "Почта для поиска", ["NormalizedUserName"] = "Логин для поиска",
        ["PasswordHash"] = "Пароль", ["PhoneNumber"] = "Телефон", ["PhoneNumberConfirmed"] = "Телефон подтверждён", ["SecurityStamp"] = "Метка безопасности",
        ["TwoFactorEnabled"] = "Двухфакторный вход", ["ActiveFrom"] = "Работает с", ["ActiveTo"] = "Работало до", ["SubjectArea"] = "Предметная область",
        ["ConductedBy"] = "Проводивший", ["Date"] = "Дата", ["IsManual"] = "Отмечен вручную", ["Usage"] = "Порядок применения", ["Score"] = "Балл",
        ["ForYoungTeachers"] = "Для молодых педагогов", ["Topics"] = "Темы", ["ForMunicipality"] = "Наставник муниципалитета",
        ["MaxPairs"] = "Наибольшее число пар", ["ClosedOn"] = "Дата завершения", ["CompetenceFocus"] = "Направление", ["MenteeId"] = "Наставляемый",
        ["MentorId"] = "Наставник", ["Result"] = "Результат", ["StudentName"] = "Студент", ["CuratorId"] = "Куратор", ["ClosedAt"] = "Закрыт",
        ["OpenedAt"] = "Открыт", ["ReportingDate"] = "Отчётная дата", ["Thresholds"] = "Пороги показателей",
        ["DiscrepancyComment"] = "Комментарий к расхождению с реестром", ["IsLate"] = "С опозданием", ["SubmittedAt"] = "Отправлена",
        ["Action"] = "Действие", ["At"] = "Время", ["FormId"] = "Форма мониторинга", ["AnsweredBy"] = "Ответил", ["ChangedAt"] = "Изменено",
        ["Indicator"] = "Показатель", ["Source"] = "Данные", ["AdministrativeCentre"] = "Административный центр", ["Address"] = "Адрес",
        ["CountsInIndicators"] = "Учитывается в показателях", ["Inn"] = "ИНН", ["ParentId"] = "Вышестоящая организация", ["Path"] = "Место в дереве",
        ["ShortName"] = "Краткое название", ["Type"] = "Тип", ["Theme"] = "Тема", ["TimeZone"] = "Часовой пояс", ["Workplace"] = "Место работы",
        ["DecidedOn"] = "Дата решения", ["Done"] = "Что сделано", ["Results"] = "Результаты", ["Document"] = "Документ Word", ["IssuedBy"] = "Выпустил",
        ["Pdf"] = "Документ PDF", ["ReportId"] = "Аналитический отчёт", ["DoneOn"] = "Дата исполнения", ["MeasureId"] = "Мероприятие плана",
        ["Report"] = "Отчёт об исполнении", ["ReportedBy"] = "Отчитался", ["ApprovedBy"] = "Утверждён", ["DaysAfter"] = "Дней после закрытия мониторинга",
        ["DeadlineText"] = "Срок (как в документе)", ["Direction"] = "Направление", ["DirectionTitle"] = "Название направления", ["DueOn"] = "Дата срока",
        ["ExecutorUserIds"] = "Исполнители (пользователи)", ["Executors"] = "Исполнители", ["Number"] = "Номер", ["PlanId"] = "План мер",
        ["Responsible"] = "Ответственные", ["ResponsibleIds"] = "Ответственные организации", ["Target"] = "Целевое значение",
        ["TargetCount"] = "Целевое количество", ["TargetIndicator"] = "Целевой показатель", ["TargetValue"] = "Целевое значение, %",
        ["Kinds"] = "Виды", ["Subjects"] = "Предметы", ["AuthorIds"] = "Авторы", ["AuthorNames"] = "Авторы (ФИО)", ["Links"] = "Ссылки",
        ["PublishedOn"] = "Дата публикации", ["ReturnReason"] = "Причина возврата", ["CriterionIds"] = "Критерии", ["ExpertEducatorId"] = "Эксперт (педагог)",
        ["ExpertId"] = "Эксперт", ["Opinion"] = "Заключение", ["Recommended"] = "Рекомендована", ["Scores"] = "Баллы", ["WrittenOn"] = "Дата заключения",
        ["ExpertIds"] = "Эксперты", ["ExpertiseProtocolDate"] = "Дата протокола экспертизы", ["ExpertiseProtocolNumber"] = "Протокол экспертизы",
        ["Hours"] = "Часов", ["InFederalRegistry"] = "В федеральном реестре", ["TrainsMethodicalSupport"] = "Готовит к методическому сопровождению",
        ["EnrolmentDeadline"] = "Запись до", ["IsOnline"] = "Дистанционно", ["Seats"] = "Мест", ["CertificateNumber"] = "Номер удостоверения",
        ["AnsweredByUserId"] = "Ответил", ["FiledByUserId"] = "Подал", ["FiledOn"] = "Дата подачи", ["People"] = "Число слушателей",
        ["ApprovedByUserId"] = "Утвердил", ["ApprovedOn"] = "Дата утверждения", ["CancelReason"] = "Причина отмены", ["CancelledOn"] = "Дата отмены",
        ["TutorUserId"] = "Тьютор", ["RouteItemId"] = "Пункт ИОМ", ["UploadedByUserId"] = "Загрузил", ["CompletionId"] = "Прохождение ДПП",
        ["ConfirmedByUserId"] = "Подтвердил", ["ConfirmedOn"] = "Дата подтверждения", ["EvidenceNote"] = "Отчёт педагога", ["Goal"] = "Задача",
        ["MembershipId"] = "Участие в сообществе", ["PairId"] = "Наставническая пара", ["ParticipationId"] = "Участие в мероприятии",
        ["ReportedByPair"] = "Закрыт по итогам наставничества", ["ReportedOn"] = "Дата отчёта", ["RouteId"] = "ИОМ", ["TutorComment"] = "Комментарий тьютора",
        ["AssignedOn"] = "Дата присвоения", ["EndedOn"] = "Дата окончания", ["BirthDate"] = "Дата рождения", ["CategoryDate"] = "Дата присвоения категории",
        ["FirstName"] = "Имя", ["IsDeputy"] = "Заместитель руководителя", ["IsHead"] = "Руководитель", ["LastName"] = "Фамилия",
        ["MatchKey"] = "Ключ сопоставления", ["MiddleName"] = "Отчество", ["ProfessionStartDate"] = "Начало педагогического стажа",
        ["EndDate"] = "Дата увольнения", ["IsMain"] = "Основное место работы", ["PersonnelNumber"] = "Табельный номер", ["StartDate"] = "Дата приёма",
        ["ProviderKey"] = "Ключ поставщика входа", ["ProviderDisplayName"] = "Поставщик входа (название)",
    };

    /// <summary>Fields a record names otherwise than the rest.</summary>
    private static readonly Dictionary<string, string> Overrides = new()
    {
        ["ApiToken.ExpiresAt"] = "Действует до", ["ApiToken.Hash"] = "Отпечаток токена", ["ApiToken.LastUsedAt"] = "Последний запрос",
        ["ApiToken.MayReadPersonalData"] = "Может читать персональные данные", ["ApiToken.Prefix"] = "Начало токена", ["ApiToken.RevokedAt"] = "Отозван",
        ["DataProtectionKey.FriendlyName"] = "Название ключа", ["DataProtectionKey.Xml"] = "Ключ",
        ["AppRole.Name"] = "Название роли", ["IdentityUserToken.Name"] = "Название ключа", ["IdentityUserToken.Value"] = "Значение ключа",
        ["MonitoringFormEvent.UserName"] = "Пользователь", ["SiteParticipant.Name"] = "ФИО", ["Municipality.Kind"] = "Тип муниципального образования",
        ["Recommendation.Value"] = "Значение показателя, %", ["Recommendation.Threshold"] = "Порог, %", ["InstrumentArea.Threshold"] = "Порог дефицита",
        ["MeasurePlan.From"] = "Начало периода", ["MeasurePlan.To"] = "Окончание периода", ["ProgramRequest.Period"] = "Желаемый период",
        ["MeasureOccurrence.Period"] = "Период исполнения", ["ProgramCohort.StartsOn"] = "Начало обучения", ["SiteResult.Kind"] = "Вид продукта",
        ["PlanMeasure.Target"] = "Цель", ["Educator.Email"] = "Электронная почта педагога", ["Organization.Type"] = "Тип организации",
        ["MentoringPair.Form"] = "Форма наставничества", ["RouteItem.Form"] = "Форма работы", ["MethodicalEvent.Form"] = "Форма мероприятия",
    };

    /// <summary>The declared counts of a monitoring form, by the form's own labels.</summary>
    private static readonly Dictionary<string, string> Declared = Domain.Monitoring.IndicatorCounts.FormFields
        .ToDictionary(f => $"Declared.{f.Name}", f => $"В форме: {f.Label}");

    public static string? OfType(string entityType) => Types.GetValueOrDefault(entityType);

    public static string? OfField(string entityType, string field) =>
        Overrides.GetValueOrDefault($"{entityType}.{field}") ?? Fields.GetValueOrDefault(field) ?? Declared.GetValueOrDefault(field)
        ?? (field == "Declared.Organizations" ? "В форме: организаций" : null);
}

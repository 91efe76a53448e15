; BrainTS kernel for neuron model CobaLIF (models/coba.ts:42), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): v, ge, gi, t_last.
; Group-uniform parameters (params): taum, taue, taui, Vt, Vr, t_ref, El, Ee, Ei, I.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'CobaLIF.cpu'
source_filename = "models/coba.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @CobaLIF_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/coba.ts:59  update(t: number, dt: number) {
  %v.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %v.ptr = load double*, double** %v.slot, align 8, !dbg !7
  %ge.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %ge.ptr = load double*, double** %ge.slot, align 8, !dbg !7
  %gi.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %gi.ptr = load double*, double** %gi.slot, align 8, !dbg !7
  %t_last.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %t_last.ptr = load double*, double** %t_last.slot, align 8, !dbg !7
  %taum.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %taum = load double, double* %taum.slot, align 8, !dbg !7
  %taue.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %taue = load double, double* %taue.slot, align 8, !dbg !7
  %taui.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %taui = load double, double* %taui.slot, align 8, !dbg !7
  %Vt.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %Vt = load double, double* %Vt.slot, align 8, !dbg !7
  %Vr.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %Vr = load double, double* %Vr.slot, align 8, !dbg !7
  %t_ref.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %t_ref = load double, double* %t_ref.slot, align 8, !dbg !7
  %El.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %El = load double, double* %El.slot, align 8, !dbg !7
  %Ee.slot = getelementptr inbounds double, double* %params, i64 7, !dbg !7
  %Ee = load double, double* %Ee.slot, align 8, !dbg !7
  %Ei.slot = getelementptr inbounds double, double* %params, i64 8, !dbg !7
  %Ei = load double, double* %Ei.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double, double* %params, i64 9, !dbg !7
  %I = load double, double* %I.slot, align 8, !dbg !7
  %u0 = fmul double 1.000000e-03, %dt, !dbg !8
  ; models/coba.ts:22  return Math.trunc((t - this.t_last + 1e-3 * dt) / dt) >= Math.trunc((this.t_ref + 1e-3 * dt) / dt);
  %0 = fmul double 1.000000e-03, %dt, !dbg !9
  %1 = fadd double %t_ref, %0, !dbg !9
  %2 = fdiv double %1, %dt, !dbg !9
  %u1 = call double @llvm.trunc.f64(double %2), !dbg !9
  %3 = icmp slt i64 %begin, %end, !dbg !9
  br i1 %3, label %neuron, label %done, !dbg !9

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !9
  %bad = phi i32 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !9
  %t_last.addr = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !10
  %t_last = load double, double* %t_last.addr, align 8, !dbg !10
  %4 = fsub double %t, %t_last, !dbg !10
  %5 = fadd double %4, %u0, !dbg !11
  ; models/coba.ts:59  update(t: number, dt: number) {
  %6 = fdiv double %5, %dt, !dbg !8
  %7 = call double @llvm.trunc.f64(double %6), !dbg !8
  ; models/coba.ts:22  return Math.trunc((t - this.t_last + 1e-3 * dt) / dt) >= Math.trunc((this.t_ref + 1e-3 * dt) / dt);
  %8 = fcmp oge double %7, %u1, !dbg !12
  ; models/coba.ts:62  if (active) this.v = step(this.dv, this.v, this.ge, this.gi);
  %v.addr = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !13
  %v = load double, double* %v.addr, align 8, !dbg !13
  %ge.addr = getelementptr inbounds double, double* %ge.ptr, i64 %i, !dbg !14
  %ge = load double, double* %ge.addr, align 8, !dbg !14
  ; models/coba.ts:51  return (ge * (this.Ee - v) + gi * (this.Ei - v) - (v - this.El) + this.I) / this.taum;
  %9 = fsub double %Ee, %v, !dbg !15
  %10 = fmul double %ge, %9, !dbg !15
  ; models/coba.ts:62  if (active) this.v = step(this.dv, this.v, this.ge, this.gi);
  %gi.addr = getelementptr inbounds double, double* %gi.ptr, i64 %i, !dbg !16
  %gi = load double, double* %gi.addr, align 8, !dbg !16
  ; models/coba.ts:51  return (ge * (this.Ee - v) + gi * (this.Ei - v) - (v - this.El) + this.I) / this.taum;
  %11 = fsub double %Ei, %v, !dbg !17
  %12 = fmul double %gi, %11, !dbg !17
  %13 = fadd double %10, %12, !dbg !17
  %14 = fsub double %v, %El, !dbg !18
  %15 = fsub double %13, %14, !dbg !18
  %16 = fadd double %15, %I, !dbg !19
  %17 = fdiv double %16, %taum, !dbg !20
  %18 = fmul double %dt, %17, !dbg !20
  %19 = fadd double %v, %18, !dbg !20
  ; models/coba.ts:15  @state v = -60; // mV
  %20 = select i1 %8, double %19, double %v, !dbg !21
  ; models/coba.ts:27  if (active && this.v > this.Vt) {
  %21 = fcmp ogt double %20, %Vt, !dbg !22
  %22 = and i1 %8, %21, !dbg !22
  ; models/coba.ts:28  this.v = this.Vr;
  %v.next = select i1 %22, double %Vr, double %20, !dbg !23
  ; models/coba.ts:56  return [-ge / this.taue, -gi / this.taui];
  %23 = fneg double %ge, !dbg !24
  %24 = fdiv double %23, %taue, !dbg !25
  %25 = fmul double %dt, %24, !dbg !25
  %ge.next = fadd double %ge, %25, !dbg !25
  %26 = fneg double %gi, !dbg !26
  %27 = fdiv double %26, %taui, !dbg !27
  %28 = fmul double %dt, %27, !dbg !27
  %gi.next = fadd double %gi, %28, !dbg !27
  ; models/coba.ts:18  @state t_last = -1e9; // ms, time of the last spike
  %t_last.next = select i1 %22, double %t, double %t_last, !dbg !28
  ; models/coba.ts:28  this.v = this.Vr;
  %v.addr1 = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !29
  store double %v.next, double* %v.addr1, align 8, !dbg !29
  %29 = fsub double %v.next, %v.next, !dbg !29
  %v.bad = fcmp une double %29, 0.000000e+00, !dbg !29
  %30 = zext i1 %v.bad to i32, !dbg !29
  %31 = or i32 0, %30, !dbg !29
  ; models/coba.ts:63  this.ge = ge;
  %ge.addr2 = getelementptr inbounds double, double* %ge.ptr, i64 %i, !dbg !30
  store double %ge.next, double* %ge.addr2, align 8, !dbg !30
  %32 = fsub double %ge.next, %ge.next, !dbg !30
  %ge.bad = fcmp une double %32, 0.000000e+00, !dbg !30
  %33 = zext i1 %ge.bad to i32, !dbg !30
  %34 = or i32 %31, %33, !dbg !30
  ; models/coba.ts:64  this.gi = gi;
  %gi.addr3 = getelementptr inbounds double, double* %gi.ptr, i64 %i, !dbg !31
  store double %gi.next, double* %gi.addr3, align 8, !dbg !31
  %35 = fsub double %gi.next, %gi.next, !dbg !31
  %gi.bad = fcmp une double %35, 0.000000e+00, !dbg !31
  %36 = zext i1 %gi.bad to i32, !dbg !31
  %37 = or i32 %34, %36, !dbg !31
  ; models/coba.ts:29  this.t_last = t;
  %t_last.addr4 = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !32
  store double %t_last.next, double* %t_last.addr4, align 8, !dbg !32
  %38 = fsub double %t_last.next, %t_last.next, !dbg !32
  %t_last.bad = fcmp une double %38, 0.000000e+00, !dbg !32
  %39 = zext i1 %t_last.bad to i32, !dbg !32
  %40 = or i32 %37, %39, !dbg !32
  ; models/coba.ts:59  update(t: number, dt: number) {
  %spiked.byte = zext i1 %22 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i32 %bad, %40, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %41 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %41, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %result = phi i32 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  ret i32 %result, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "coba.ts", directory: "models")
!4 = distinct !DISubprogram(name: "CobaLIF.update", linkageName: "CobaLIF_update", scope: !3, file: !3, line: 59, type: !5, scopeLine: 59, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 59, column: 3, scope: !4)
!8 = !DILocation(line: 59, column: 21, scope: !4)
!9 = !DILocation(line: 22, column: 87, scope: !4)
!10 = !DILocation(line: 22, column: 28, scope: !4)
!11 = !DILocation(line: 22, column: 42, scope: !4)
!12 = !DILocation(line: 22, column: 62, scope: !4)
!13 = !DILocation(line: 62, column: 40, scope: !4)
!14 = !DILocation(line: 62, column: 48, scope: !4)
!15 = !DILocation(line: 51, column: 19, scope: !4)
!16 = !DILocation(line: 62, column: 57, scope: !4)
!17 = !DILocation(line: 51, column: 40, scope: !4)
!18 = !DILocation(line: 51, column: 60, scope: !4)
!19 = !DILocation(line: 51, column: 71, scope: !4)
!20 = !DILocation(line: 51, column: 81, scope: !4)
!21 = !DILocation(line: 15, column: 3, scope: !4)
!22 = !DILocation(line: 27, column: 28, scope: !4)
!23 = !DILocation(line: 28, column: 16, scope: !4)
!24 = !DILocation(line: 56, column: 13, scope: !4)
!25 = !DILocation(line: 56, column: 19, scope: !4)
!26 = !DILocation(line: 56, column: 30, scope: !4)
!27 = !DILocation(line: 56, column: 36, scope: !4)
!28 = !DILocation(line: 18, column: 3, scope: !4)
!29 = !DILocation(line: 28, column: 7, scope: !4)
!30 = !DILocation(line: 63, column: 5, scope: !4)
!31 = !DILocation(line: 64, column: 5, scope: !4)
!32 = !DILocation(line: 29, column: 7, scope: !4)
; braints-hash: 26035b731e6bd7f6c6bbaad1a29be9f8c6ad480daed01a39ce098c182751172f
